import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { launches, launchStatusHistory, rockets } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { currentAgency } from "@/lib/agencies/current-agency";
import { isUuid } from "@/lib/validation";
import { logEvent } from "@/lib/monitoring/log-event";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { findAgencyLaunch } from "./launch-queries";
import {
  DESTINATION_LABELS,
  RANGE_LABELS,
  defaultMinimumOccupancy,
  isValidMinimumOccupancy,
  launchSlug,
  launchTitle,
  leadTimeError,
  rangeCovers,
  rocketGapError,
} from "./rules";
import type { AgencyLaunchDto, ScheduleLaunchInput } from "./schemas";
import { alertVipsOfNewLaunch } from "./vip-alerts";

type RocketRow = typeof rockets.$inferSelect;

/**
 * Locks the agency's rocket row: every schedule or delay of one rocket takes this lock
 * first, so two of them cannot both pass the 7-day check and both commit.
 */
export async function lockOwnRocket(ctx: Ctx, agencyId: string, rocketId: string): Promise<RocketRow> {
  const notFound = new DomainError("not_found", "Rocket not found.", { rocketId: ["Choose one of your rockets."] });
  if (!isUuid(rocketId)) throw notFound;
  const [rocket] = await ctx.db
    .select()
    .from(rockets)
    .where(and(eq(rockets.id, rocketId), eq(rockets.agencyId, agencyId)))
    .limit(1)
    .for("update");
  if (!rocket) throw notFound;
  return rocket;
}

/** Why `date` is too close to another (non-aborted) launch of the rocket, or null. */
export async function rocketGapProblem(
  ctx: Ctx,
  rocketId: string,
  date: Date,
  exceptLaunchId?: string,
): Promise<string | null> {
  const others = await ctx.db
    .select({ date: launches.date })
    .from(launches)
    .where(
      and(
        eq(launches.rocketId, rocketId),
        ne(launches.status, "aborted"),
        exceptLaunchId ? ne(launches.id, exceptLaunchId) : undefined,
        sql`abs(extract(epoch from ${launches.date} - ${date.toISOString()}::timestamptz)) < ${8 * 24 * 3600}`,
      ),
    );
  return rocketGapError(
    date,
    others.map((o) => o.date),
  );
}

// Schedule a launch on one of the agency's rockets and alert the VIP travelers.
export async function scheduleLaunch(ctx: Ctx, input: ScheduleLaunchInput): Promise<AgencyLaunchDto> {
  const result = await withTransaction(ctx, async (tx) => {
    const agency = await currentAgency(tx);
    const rocket = await lockOwnRocket(tx, agency.id, input.rocketId);
    const errors: FieldErrors = {};
    if (!rangeCovers(rocket.range, input.destination)) {
      errors.destination = [
        `${rocket.name} has a ${RANGE_LABELS[rocket.range].toLowerCase()} range; it cannot fly to ${DESTINATION_LABELS[input.destination]}.`,
      ];
    }
    const lead = leadTimeError(input.date, tx.now);
    if (lead) errors.date = [lead];
    const minimumOccupancy = input.minimumOccupancy ?? defaultMinimumOccupancy(rocket.capacity);
    if (!isValidMinimumOccupancy(minimumOccupancy, rocket.capacity)) {
      errors.minimumOccupancy = [`Minimum occupancy must be between 1 and the rocket's ${rocket.capacity} seats.`];
    }
    if (!errors.date) {
      const gap = await rocketGapProblem(tx, rocket.id, input.date);
      if (gap) errors.date = [gap];
    }
    const first = Object.values(errors)[0];
    if (first) throw new DomainError("validation_failed", first[0], errors);

    const id = randomUUID();
    const slug = launchSlug({
      id,
      date: input.date,
      destination: input.destination,
      rocketName: rocket.name,
      spaceport: input.spaceport,
    });
    await tx.db.insert(launches).values({
      id,
      agencyId: agency.id,
      rocketId: rocket.id,
      slug,
      spaceport: input.spaceport,
      destination: input.destination,
      date: input.date,
      pricePerSeatCents: input.pricePerSeatCents,
      minimumOccupancy,
      status: "scheduled",
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await tx.db.insert(launchStatusHistory).values({
      launchId: id,
      fromStatus: null,
      toStatus: "scheduled",
      changedBy: tx.actor?.id ?? null,
      changedAt: tx.now,
      newDate: input.date,
    });
    const title = launchTitle({ destination: input.destination, rocketName: rocket.name, spaceport: input.spaceport });
    const vips = await alertVipsOfNewLaunch(tx, {
      id,
      slug,
      title,
      date: input.date,
      agencyName: agency.name,
      pricePerSeatCents: input.pricePerSeatCents,
    });
    await logEvent(tx, {
      event: "launch.scheduled",
      message: `Launch ${title} scheduled for ${input.date.toISOString()}`,
      details: { launchId: id, agencyId: agency.id, vipAlerts: vips },
    });
    return findAgencyLaunch(tx, agency.id, id);
  });
  invalidateLaunch(result.id);
  return result;
}
