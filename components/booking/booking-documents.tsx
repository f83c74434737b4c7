import { buttonClass } from "@/components/ui/button";
import type { BookingView } from "@/lib/bookings/service";
import { travelerBookingPath } from "@/lib/bookings/paths";

/**
 * The booking's files: a receipt once it was paid (confirmed, or cancelled after payment),
 * a calendar event while the trip stands. Plain links: they are downloads, not app pages.
 */
export function BookingDocuments({ booking: b }: { booking: Pick<BookingView, "id" | "status" | "confirmedAt"> }) {
  const receipt = (b.status === "confirmed" || b.status === "cancelled") && Boolean(b.confirmedAt);
  const calendar = b.status === "confirmed";
  if (!receipt && !calendar) return null;
  const base = travelerBookingPath(b.id);
  return (
    <div className="mt-6 flex flex-wrap gap-3">
      {receipt ? (
        <a href={`${base}/receipt.pdf`} className={buttonClass("secondary")}>
          Download receipt (PDF)
        </a>
      ) : null}
      {calendar ? (
        <a href={`${base}/calendar.ics`} download className={buttonClass("secondary")}>
          Add to calendar (.ics)
        </a>
      ) : null}
    </div>
  );
}
