import { FINANCE_ROLES } from "@/lib/finance/access";
import { annualReportCsv } from "@/lib/finance/csv";
import { annualReport } from "@/lib/finance/reports";
import { annualReportQuery, yearParam } from "@/lib/finance/schemas";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/finance/reports/annual/{year}[?format=csv]
// A year out of range is an invalid value (422 with a field error), not a missing resource (404),
// so it is checked in the handler rather than by the params schema.
export const GET = apiHandler(
  { access: FINANCE_ROLES, params: z.object({ year: z.string() }), query: annualReportQuery },
  async ({ ctx, query, params }) => {
    const year = yearParam.safeParse(params.year);
    if (!year.success)
      throw new DomainError("validation_failed", "The year must be between 2000 and 2100.", {
        year: ["The year must be between 2000 and 2100."],
      });
    const report = await annualReport(ctx, year.data);
    if (query.format !== "csv") return report;
    return new Response(annualReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="annual-report-${report.year}.csv"`,
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
