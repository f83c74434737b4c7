import type { NextRequest } from "next/server";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { PROBLEMS } from "@/lib/http/problem";
import { launchPassengers, passengersCsv, passengersFilename } from "@/lib/launches/passengers";

// The passenger list of one of the agency's launches as CSV (session cookie; agency only).
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (user.role !== "agency") return new Response("Only agencies may download a passenger list.", { status: 403 });
  const { id } = await params;
  try {
    const list = await launchPassengers(await webContext(user), id);
    return new Response(passengersCsv(list), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${passengersFilename(list)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(error.message, { status: PROBLEMS[error.code].status });
    throw error;
  }
}
