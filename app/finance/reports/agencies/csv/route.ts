import { z } from "zod";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { agencyReportCsv } from "@/lib/finance/csv";
import { agencyRevenueReport } from "@/lib/finance/reports";
import { agencyReportQuery } from "@/lib/finance/schemas";
import { sessionHandler } from "@/lib/http/session-handler";

// A missing or unknown agency is the service's 404, like the API's path id.
const query = agencyReportQuery.extend({ agencyId: z.string().default("") });

// GET /finance/reports/agencies/csv?agencyId&period&date — the browser's CSV export (session cookie).
export const GET = sessionHandler({ roles: FINANCE_ROLES, query }, async ({ ctx, query: q }) => {
  const date = q.date ? new Date(`${q.date}T00:00:00Z`) : ctx.now;
  const report = await agencyRevenueReport(ctx, q.agencyId, q.period, date);
  return new Response(agencyReportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="agency-revenue-${report.label}.csv"`,
    },
  });
});
