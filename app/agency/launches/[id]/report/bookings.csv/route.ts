import { sessionHandler } from "@/lib/http/session-handler";
import { bookingsReport, bookingsReportCsv, bookingsReportFilename } from "@/lib/launches/bookings-report";
import { idParams } from "@/lib/validation";

// The console's CSV download (session cookie); integrators use /api/v1/…/bookings-report?format=csv.
export const GET = sessionHandler({ roles: ["agency"], params: idParams }, async ({ ctx, params }) => {
  const report = await bookingsReport(ctx, params.id);
  return new Response(bookingsReportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bookingsReportFilename(report)}"`,
    },
  });
});
