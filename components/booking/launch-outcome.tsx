import type { BookingWithLaunch } from "@/lib/bookings/service";
import { Alert } from "@/components/ui/alert";
import { formatUsd } from "@/lib/money";

/**
 * What a launch's final outcome means for this traveler's money, in plain words, and whom to
 * ask. It states what the product does: an aborted launch refunds everything automatically;
 * a failed launch leaves the booking confirmed with no automatic refund and no cancellation
 * (the refund tiers only apply before the launch date), so the agency is the contact.
 */
export function LaunchOutcome({ booking }: { booking: BookingWithLaunch }) {
  const { launch } = booking;
  const contact = (
    <a href={`mailto:${launch.agency.contactEmail}`} className="font-medium underline">
      {launch.agency.contactEmail}
    </a>
  );
  if (launch.status === "failed" && booking.status === "confirmed") {
    return (
      <Alert tone="warning">
        <p className="font-semibold">This launch failed.</p>
        <p className="mt-1">
          Your booking stays confirmed and the {formatUsd(booking.amountCents)} you paid is not refunded automatically:
          a refund is automatic only when an agency aborts a launch before it flies, and a booking can no longer be
          cancelled once its launch has flown. For any compensation, contact {launch.agency.name} at {contact}, quoting
          booking {booking.reference}.
        </p>
      </Alert>
    );
  }
  if (launch.status === "aborted" && booking.status === "cancelled") {
    return (
      <Alert tone="info">
        The agency aborted this launch: your booking was cancelled and {formatUsd(booking.refundCents ?? 0)} (
        {booking.refundPercent ?? 0} %) was refunded to your card automatically. Questions: {launch.agency.name} at{" "}
        {contact}.
      </Alert>
    );
  }
  return null;
}
