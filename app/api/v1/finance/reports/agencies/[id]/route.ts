import { FINANCE_ROLES } from "@/lib/finance/access";
import { agencyReportCsv } from "@/lib/finance/csv";
import { agencyRevenueReport } from "@/lib/finance/reports";
import { agencyReportQuery } from "@/lib/finance/schemas";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// GET /api/v1/finance/reports/agencies/{id}?period=month|quarter|year&date=YYYY-MM-DD[&format=csv]
export const GET = apiHandler(
  { access: FINANCE_ROLES, params: idParams, query: agencyReportQuery },
  async ({ ctx, query, params }) => {
    const date = query.date ? new Date(`${query.date}T00:00:00Z`) : ctx.now;
    const report = await agencyRevenueReport(ctx, params.id, query.period, date);
    if (query.format !== "csv") return report;
    return new Response(agencyReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="agency-revenue-${report.label}.csv"`,
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
