import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { agencyReportCsv } from "@/lib/finance/csv";
import { agencyRevenueReport } from "@/lib/finance/reports";
import { agencyReportQuery } from "@/lib/finance/schemas";

// GET /finance/reports/agencies/csv?agencyId&period&date — the browser's CSV export (session cookie).
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!FINANCE_ROLES.includes(actor.role)) return new Response("Forbidden.", { status: 403 });
  const params = new URL(request.url).searchParams;
  const q = agencyReportQuery.safeParse({
    period: params.get("period") ?? undefined,
    date: params.get("date") ?? undefined,
  });
  if (!q.success) return new Response("Invalid period or date.", { status: 422 });
  const ctx = await webContext(actor);
  try {
    const report = await agencyRevenueReport(
      ctx,
      params.get("agencyId") ?? "",
      q.data.period,
      q.data.date ? new Date(`${q.data.date}T00:00:00Z`) : ctx.now,
    );
    return new Response(agencyReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="agency-revenue-${report.label}.csv"`,
      },
    });
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") return new Response("No such agency.", { status: 404 });
    throw e;
  }
}
