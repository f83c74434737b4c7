import "server-only";
import { and, eq } from "drizzle-orm";
import { bookings, launches, launchStatusHistory, rockets, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { cancelBookingsForAbortedLaunch } from "@/lib/bookings/cancel-for-abort";
import { settlePendingRefunds } from "@/lib/payments/refunds";
import { agencyLaunchPath, travelerBookingPath } from "@/lib/bookings/paths";
import { currentAgency } from "@/lib/agencies/current-agency";
import { isUuid } from "@/lib/validation";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { getAgencyLaunch } from "./launch-queries";
import { checkTransition, launchTitle } from "./rules";
import type { AgencyLaunchDetailDto, ChangeStatusInput } from "./schemas";
import { lockOwnRocket, rocketGapProblem } from "./schedule-launch";

/** Travelers holding a confirmed booking on the launch: the ones a status change notifies. */
async function confirmedTravelers(ctx: Ctx, launchId: string) {
  return ctx.db
    .select({
      bookingId: bookings.id,
      reference: bookings.reference,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.travelerId))
    .where(and(eq(bookings.launchId, launchId), eq(bookings.status, "confirmed")));
}

/**
 * Moves a launch through the status machine (rules.ts allowedTransitions) and, in the same transaction:
 * records the history, notifies the agency and every traveler with a confirmed booking,
 * and on abort cancels those bookings with a 100 % refund.
 */
export async function changeLaunchStatus(
  ctx: Ctx,
  launchId: string,
  input: ChangeStatusInput,
): Promise<AgencyLaunchDetailDto> {
  const result = await withTransaction(ctx, async (tx) => {
    const agency = await currentAgency(tx);
    if (!isUuid(launchId)) throw new DomainError("not_found", "Launch not found.");
    const [found] = await tx.db
      .select({ launch: launches, rocketName: rockets.name })
      .from(launches)
      .innerJoin(rockets, eq(rockets.id, launches.rocketId))
      .where(and(eq(launches.id, launchId), eq(launches.agencyId, agency.id)))
      .limit(1);
    if (!found) throw new DomainError("not_found", "Launch not found.");
    // Same lock order as scheduling (rocket, then launch), so a delay and a schedule of one rocket serialize.
    await lockOwnRocket(tx, agency.id, found.launch.rocketId);
    const [launch] = await tx.db
      .select()
      .from(launches)
      .where(and(eq(launches.id, launchId), eq(launches.agencyId, agency.id)))
      .for("update");

    const newDate = input.status === "delayed" ? (input.date ?? null) : null;
    const check = checkTransition({ from: launch.status, to: input.status, date: launch.date, now: tx.now, newDate });
    if (!check.ok) {
      if (check.field === "date") throw new DomainError("validation_failed", check.message, { date: [check.message] });
      throw new DomainError("invalid_transition", check.message, { status: [check.message] });
    }
    if (newDate) {
      const gap = await rocketGapProblem(tx, launch.rocketId, newDate, launch.id);
      if (gap) throw new DomainError("validation_failed", gap, { date: [gap] });
    }

    const reason = input.reason ?? null;
    const travelers = await confirmedTravelers(tx, launch.id);
    await tx.db
      .update(launches)
      .set({
        status: input.status,
        ...(newDate ? { date: newDate } : {}),
        ...(input.status === "aborted" ? { abortReason: reason } : {}),
        updatedAt: tx.now,
      })
      .where(and(eq(launches.id, launch.id), eq(launches.agencyId, agency.id)));
    await tx.db.insert(launchStatusHistory).values({
      launchId: launch.id,
      fromStatus: launch.status,
      toStatus: input.status,
      changedBy: tx.actor?.id ?? null,
      changedAt: tx.now,
      oldDate: launch.date,
      newDate: newDate ?? launch.date,
      reason,
    });
    const cancelled = input.status === "aborted" ? await cancelBookingsForAbortedLaunch(tx, launch.id) : 0;

    const title = launchTitle({
      destination: launch.destination,
      rocketName: found.rocketName,
      spaceport: launch.spaceport,
    });
    const change = {
      status: input.status,
      oldDate: launch.date.toISOString(),
      newDate: newDate?.toISOString() ?? null,
      reason,
    };
    await enqueueNotification(tx, {
      template: "agency_launch_status",
      to: agency.contactEmail,
      recipientUserId: agency.userId,
      payload: { agencyName: agency.name, launchTitle: title, ...change, path: agencyLaunchPath(launch.id) },
    });
    for (const t of travelers) {
      await enqueueNotification(tx, {
        template: "launch_status_traveler",
        to: t.email,
        recipientUserId: t.userId,
        payload: {
          travelerName: t.name,
          reference: t.reference,
          launchTitle: title,
          ...change,
          path: travelerBookingPath(t.bookingId),
        },
      });
    }
    await logEvent(tx, {
      event: `launch.${input.status}`,
      message: `Launch ${title}: ${launch.status} → ${input.status}`,
      details: { launchId: launch.id, ...change, travelersNotified: travelers.length, bookingsCancelled: cancelled },
    });
    return getAgencyLaunch(tx, launch.id);
  });
  // An abort's Stripe refunds are sent once it has committed (a failure is retried by a job).
  if (input.status === "aborted") await settlePendingRefunds(ctx, { launchId: result.id });
  invalidateLaunch(result.id);
  return result;
}
