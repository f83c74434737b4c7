import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { RefreshEvery } from "@/components/booking/refresh-every";
import { Alert } from "@/components/ui/alert";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getMyBooking } from "@/lib/bookings/service";
import { loadOwnBooking } from "../load-booking";

export const metadata = { title: "Confirming your payment" };

/**
 * Where Stripe Checkout sends the traveler back. It only reads the booking: the booking is
 * confirmed by Stripe's signed webhook, never by this page (anyone can open this URL).
 * It re-reads every 2 seconds until the booking is confirmed (→ the confirmation page).
 */
export default async function CheckoutReturnPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requirePageRole(AREA_ROLES.traveler, `/traveler/bookings/${id}/return`);
  const booking = await loadOwnBooking(() => webContext(user).then((ctx) => getMyBooking(ctx, id)));
  if (booking.status === "confirmed") redirect(`/traveler/bookings/${id}/confirmation`);
  return (
    <Page title="Confirming your payment" description={`${booking.launch.title} · booking ${booking.reference}`}>
      <Card>
        {booking.status === "held" ? (
          <>
            <Alert tone="info">Payment received, confirming… This page updates by itself in a few seconds.</Alert>
            <RefreshEvery seconds={2} />
          </>
        ) : (
          <Alert tone="warning">
            This booking is {booking.status}, so it could not be confirmed. If a payment went through, it is refunded in
            full automatically and you will get an email about it.
          </Alert>
        )}
        <p className="mt-4 text-sm">
          <Link href={`/traveler/bookings/${id}`} className="font-medium text-brand-700 underline">
            View the booking
          </Link>
        </p>
      </Card>
    </Page>
  );
}
