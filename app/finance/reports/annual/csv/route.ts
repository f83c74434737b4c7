import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { annualReportCsv } from "@/lib/finance/csv";
import { annualReport } from "@/lib/finance/reports";
import { yearParam } from "@/lib/finance/schemas";

// GET /finance/reports/annual/csv?year=YYYY — the browser's CSV export (session cookie).
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!FINANCE_ROLES.includes(actor.role)) return new Response("Forbidden.", { status: 403 });
  const year = yearParam.safeParse(new URL(request.url).searchParams.get("year"));
  if (!year.success) return new Response("Invalid year.", { status: 422 });
  const report = await annualReport(await webContext(actor), year.data);
  return new Response(annualReportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="annual-report-${report.year}.csv"`,
    },
  });
}
