import { sessionHandler } from "@/lib/http/session-handler";
import { launchPassengers, passengersCsv, passengersFilename } from "@/lib/launches/passengers";
import { idParams } from "@/lib/validation";

// The passenger list of one of the agency's launches as CSV (session cookie; agency only).
export const GET = sessionHandler({ roles: ["agency"], params: idParams }, async ({ ctx, params }) => {
  const list = await launchPassengers(ctx, params.id);
  return new Response(passengersCsv(list), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${passengersFilename(list)}"`,
    },
  });
});
