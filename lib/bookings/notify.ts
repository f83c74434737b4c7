import "server-only";
import type { Ctx } from "@/lib/context";
import { enqueueNotification } from "@/lib/notifications/outbox";
import type { BookingFacts } from "./facts";
import { agencyLaunchPath, travelerBookingPath } from "./paths";

// The outbox rows of booking events; each is written in the caller's transaction.

export async function notifyBookingConfirmed(ctx: Ctx, f: BookingFacts): Promise<void> {
  const common = {
    reference: f.reference,
    launchTitle: f.launchTitle,
    launchDate: f.launchDate.toISOString(),
    seats: f.seats,
    amountCents: f.amountCents,
  };
  await enqueueNotification(ctx, {
    template: "booking_confirmed",
    to: f.travelerEmail,
    recipientUserId: f.travelerId,
    payload: { travelerName: f.travelerName, ...common, path: travelerBookingPath(f.id) },
    idempotencyKey: `booking_confirmed:${f.id}`,
  });
  await enqueueNotification(ctx, {
    template: "agency_new_booking",
    to: f.agencyEmail,
    payload: { agencyName: f.agencyName, ...common, path: agencyLaunchPath(f.launchId) },
    idempotencyKey: `agency_new_booking:${f.id}`,
  });
}

export async function notifyBookingCancelled(
  ctx: Ctx,
  f: BookingFacts,
  refund: { refundCents: number; refundPercent: number; cause: "traveler" | "launch_aborted" },
): Promise<void> {
  const common = {
    reference: f.reference,
    launchTitle: f.launchTitle,
    launchDate: f.launchDate.toISOString(),
    seats: f.seats,
    refundCents: refund.refundCents,
  };
  await enqueueNotification(ctx, {
    template: "booking_cancelled",
    to: f.travelerEmail,
    recipientUserId: f.travelerId,
    payload: {
      travelerName: f.travelerName,
      ...common,
      refundPercent: refund.refundPercent,
      cause: refund.cause,
      path: travelerBookingPath(f.id),
    },
    idempotencyKey: `booking_cancelled:${f.id}`,
  });
  // An abort already tells the agency about the launch; a traveler's cancellation is news to it.
  if (refund.cause === "traveler") {
    await enqueueNotification(ctx, {
      template: "agency_booking_cancelled",
      to: f.agencyEmail,
      payload: { agencyName: f.agencyName, ...common, path: agencyLaunchPath(f.launchId) },
      idempotencyKey: `agency_booking_cancelled:${f.id}`,
    });
  }
}
