import { redirect } from "next/navigation";
import { connection } from "next/server";
import { BookingSummary } from "@/components/booking/booking-summary";
import { PaymentForm } from "@/components/booking/payment-form";
import { RefundTerms } from "@/components/booking/refund-terms";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { holdSecondsLeft, refundPercentAt } from "@/lib/bookings/rules";
import { getMyBooking } from "@/lib/bookings/service";
import { launchPath } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import { loadOwnBooking } from "../load-booking";
import { CheckoutButton } from "@/components/booking/checkout-button";
import { activeProviderName } from "@/lib/payments";
import { changeSeatsAction, payBookingAction, startCheckoutAction } from "./actions";
import { ChangeSeatsButton } from "@/components/booking/change-seats-button";

export const metadata = { title: "Payment" };

export default async function PayPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requirePageRole(AREA_ROLES.traveler, `/traveler/bookings/${id}/pay`);
  const booking = await loadOwnBooking(() => webContext(user).then((ctx) => getMyBooking(ctx, id)));
  if (booking.status !== "held" || !booking.expiresAt) redirect(`/traveler/bookings/${id}`);
  const now = new Date();
  const today = refundPercentAt(new Date(booking.launch.date), now);
  return (
    <Page title="Payment" description={`${booking.launch.title} · booking ${booking.reference}`}>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:order-2">
          <BookingSummary
            booking={booking}
            refundTerms={
              <p className="text-sm text-slate-700">
                {today > 0 ? `Cancelling today returns ${today} %.` : "Cancelling returns nothing from today on."} The
                dates are with the payment form.
              </p>
            }
            changeSeats={<ChangeSeatsButton bookingId={booking.id} changeSeatsAction={changeSeatsAction} />}
          />
        </div>
        <Card className="lg:order-1 lg:col-span-2">
          {activeProviderName() === "stripe" ? (
            <CheckoutButton
              bookingId={booking.id}
              secondsLeft={holdSecondsLeft(new Date(booking.expiresAt), now)}
              amount={formatUsd(booking.amountCents)}
              refundTerms={<RefundTerms launchDate={booking.launch.date} now={now} />}
              checkoutAction={startCheckoutAction}
            />
          ) : (
            <PaymentForm
              bookingId={booking.id}
              secondsLeft={holdSecondsLeft(new Date(booking.expiresAt), now)}
              amount={formatUsd(booking.amountCents)}
              launchHref={launchPath(booking.launch.slug)}
              refundTerms={<RefundTerms launchDate={booking.launch.date} now={now} />}
              payAction={payBookingAction}
            />
          )}
        </Card>
      </div>
    </Page>
  );
}
