import { z } from "zod";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { annualReportCsv } from "@/lib/finance/csv";
import { annualReport } from "@/lib/finance/reports";
import { yearParam } from "@/lib/finance/schemas";
import { sessionHandler } from "@/lib/http/session-handler";

// GET /finance/reports/annual/csv?year=YYYY — the browser's CSV export (session cookie).
export const GET = sessionHandler(
  { roles: FINANCE_ROLES, query: z.object({ year: yearParam }) },
  async ({ ctx, query }) => {
    const report = await annualReport(ctx, query.year);
    return new Response(annualReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="annual-report-${report.year}.csv"`,
      },
    });
  },
);
