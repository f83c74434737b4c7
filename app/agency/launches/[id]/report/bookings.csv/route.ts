import type { NextRequest } from "next/server";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { PROBLEMS } from "@/lib/http/problem";
import { bookingsReport, bookingsReportCsv, bookingsReportFilename } from "@/lib/launches/bookings-report";

// The console's CSV download (session cookie); integrators use /api/v1/…/bookings-report?format=csv.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (user.role !== "agency") return new Response("Only agencies may download this report.", { status: 403 });
  const { id } = await params;
  try {
    const report = await bookingsReport(await webContext(user), id);
    return new Response(bookingsReportCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${bookingsReportFilename(report)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(error.message, { status: PROBLEMS[error.code].status });
    throw error;
  }
}
