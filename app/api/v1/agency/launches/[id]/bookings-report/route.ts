import { z } from "zod";
import { apiHandler } from "@/lib/http/api-handler";
import { bookingsReport, bookingsReportCsv, bookingsReportFilename } from "@/lib/launches/bookings-report";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

const reportQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

export const GET = apiHandler(
  { access: ["agency"], params: idParams, query: reportQuery },
  async ({ ctx, params, query }) => {
    const report = await bookingsReport(ctx, params.id);
    if (query.format !== "csv") return report;
    return new Response(bookingsReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${bookingsReportFilename(report)}"`,
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
