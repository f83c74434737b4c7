import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import {
  agencies,
  launches,
  launchStatusHistory,
  rockets,
  type Destination,
  type LaunchStatus,
  type RocketRange,
} from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { defaultMinimumOccupancy, launchSlug } from "@/lib/launches/rules";
import type { DemoUserKey } from "./users";

const DAY = 24 * 3600_000;

interface SeedLaunch {
  rocket: string;
  destination: Destination;
  spaceport: string;
  /** Days from now of the launch's current date. */
  inDays: number;
  priceCents: number;
  minimumOccupancy?: number;
  status?: LaunchStatus;
  /** For a delayed launch: the date it was first scheduled for (days from now). */
  firstInDays?: number;
  reason?: string;
}

interface SeedAgency {
  user: DemoUserKey;
  profile: Omit<typeof agencies.$inferInsert, "userId">;
  rockets: { name: string; capacity: number; range: RocketRange }[];
  launches: SeedLaunch[];
}

export const DEMO_AGENCIES: SeedAgency[] = [
  {
    user: "agencyOrbit",
    profile: {
      name: "Orbital Horizons",
      description:
        "Crewed suborbital hops, lunar flybys and the first commercial cabins to Mars, from Florida and New Mexico.",
      contactEmail: "ops@orbitalhorizons.test",
      phone: "+13215550100",
      website: "https://orbitalhorizons.test",
      address: "100 Space Commerce Way, Merritt Island, FL 32953",
      country: "US",
      taxId: "27-1234567",
    },
    rockets: [
      { name: "Falcon X", capacity: 12, range: "moon" },
      { name: "Horizon Hopper", capacity: 6, range: "suborbital" },
      { name: "Aurora Heavy", capacity: 40, range: "mars" },
    ],
    launches: [
      {
        rocket: "Horizon Hopper",
        destination: "suborbital",
        spaceport: "Spaceport America",
        inDays: 10,
        priceCents: 25_000_000,
      },
      { rocket: "Falcon X", destination: "moon", spaceport: "Cape Canaveral", inDays: 45, priceCents: 95_000_000 },
      {
        rocket: "Aurora Heavy",
        destination: "mars",
        spaceport: "Cape Canaveral",
        inDays: 200,
        priceCents: 100_000_000,
        minimumOccupancy: 20,
      },
      {
        rocket: "Horizon Hopper",
        destination: "suborbital",
        spaceport: "Spaceport America",
        inDays: 30,
        firstInDays: 20,
        status: "delayed",
        priceCents: 22_000_000,
        reason: "Upper-level winds over the range",
      },
      {
        rocket: "Falcon X",
        destination: "moon",
        spaceport: "Cape Canaveral",
        inDays: -30,
        status: "successful",
        priceCents: 90_000_000,
      },
      {
        rocket: "Horizon Hopper",
        destination: "suborbital",
        spaceport: "Spaceport America",
        inDays: -60,
        status: "aborted",
        priceCents: 20_000_000,
        reason: "Engine anomaly during the static fire",
      },
    ],
  },
  {
    user: "agencyLuna",
    profile: {
      name: "Luna Express",
      description: "Vuelos a la Luna y a la estación espacial desde Europa: Moon and ISS trips from Europe.",
      contactEmail: "ops@lunaexpress.test",
      phone: "+34911234567",
      website: "https://lunaexpress.test",
      address: "Calle de Alcalá 50, 28014 Madrid",
      country: "ES",
      taxId: "X1234567L",
    },
    rockets: [
      { name: "Selene I", capacity: 8, range: "moon" },
      { name: "Brisa", capacity: 20, range: "low_earth" },
    ],
    launches: [
      { rocket: "Brisa", destination: "iss", spaceport: "Kourou", inDays: 20, priceCents: 30_000_000 },
      { rocket: "Selene I", destination: "moon", spaceport: "Kourou", inDays: 60, priceCents: 80_000_000 },
      { rocket: "Brisa", destination: "leo", spaceport: "Kourou", inDays: 90, priceCents: 15_000_000 },
      {
        rocket: "Selene I",
        destination: "moon",
        spaceport: "Kourou",
        inDays: -45,
        status: "failed",
        priceCents: 75_000_000,
      },
    ],
  },
];

/** Days from now at 14:00 UTC, so demo dates read nicely. */
function dayAt(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(14, 0, 0, 0);
  return d;
}

/** History rows that tell how a seeded launch reached its status. */
function historyOf(l: SeedLaunch, launchId: string, date: Date, now: Date, actorId: string) {
  // Scheduled 90 days before its first date, but never later than yesterday: a launch 200 days
  // out was otherwise "scheduled" 110 days from now, a history entry dated in the future.
  const created = dayAt(now, Math.min(Math.min(l.inDays, l.firstInDays ?? l.inDays) - 90, -1));
  const rows: (typeof launchStatusHistory.$inferInsert)[] = [
    {
      launchId,
      fromStatus: null,
      toStatus: "scheduled",
      changedBy: actorId,
      changedAt: created,
      newDate: l.firstInDays !== undefined ? dayAt(now, l.firstInDays) : date,
    },
  ];
  if (l.status === "delayed") {
    rows.push({
      launchId,
      fromStatus: "scheduled",
      toStatus: "delayed",
      changedBy: actorId,
      changedAt: dayAt(now, -2),
      oldDate: dayAt(now, l.firstInDays!),
      newDate: date,
      reason: l.reason ?? null,
    });
  } else if (l.status === "aborted") {
    rows.push({
      launchId,
      fromStatus: "scheduled",
      toStatus: "aborted",
      changedBy: actorId,
      changedAt: new Date(date.getTime() - 2 * DAY),
      oldDate: date,
      newDate: date,
      reason: l.reason ?? null,
    });
  } else if (l.status === "successful" || l.status === "failed") {
    rows.push({
      launchId,
      fromStatus: "scheduled",
      toStatus: l.status,
      changedBy: actorId,
      changedAt: new Date(date.getTime() + 6 * 3600_000),
      oldDate: date,
      newDate: date,
    });
  }
  return rows;
}

/**
 * Profiles, rockets and launches of the two demo agencies. Past launches are inserted
 * directly with their history (the 24 h rule is for scheduling). Idempotent: profiles and
 * rockets are created when missing; launches for an agency that has none yet, plus any
 * missing past (finished) seed launch.
 */
export async function seedAgencies(ctx: Ctx, userIds: Record<DemoUserKey, string>): Promise<Record<string, string>> {
  const agencyIds: Record<string, string> = {};
  for (const spec of DEMO_AGENCIES) {
    const userId = userIds[spec.user];
    let [agency] = await ctx.db.select().from(agencies).where(eq(agencies.userId, userId)).limit(1);
    if (!agency)
      [agency] = await ctx.db
        .insert(agencies)
        .values({ ...spec.profile, userId })
        .returning();
    agencyIds[spec.profile.name] = agency.id;

    const rocketIds: Record<string, string> = {};
    for (const r of spec.rockets) {
      const [existing] = await ctx.db
        .select({ id: rockets.id })
        .from(rockets)
        .where(and(eq(rockets.agencyId, agency.id), sql`lower(${rockets.name}) = lower(${r.name})`))
        .limit(1);
      rocketIds[r.name] =
        existing?.id ??
        (
          await ctx.db
            .insert(rockets)
            .values({ ...r, agencyId: agency.id })
            .returning({ id: rockets.id })
        )[0].id;
    }

    const [{ n }] = await ctx.db.select({ n: count() }).from(launches).where(eq(launches.agencyId, agency.id));
    for (const l of spec.launches) {
      // An agency that has launches keeps them (the demo user may have rescheduled them);
      // only a past, finished seed launch it lacks is added, keyed by rocket, destination
      // and status (a finished launch never changes), so older demo databases gain it too.
      if (Number(n) > 0) {
        if (l.inDays >= 0 || !l.status) continue;
        const [had] = await ctx.db
          .select({ id: launches.id })
          .from(launches)
          .where(
            and(
              eq(launches.agencyId, agency.id),
              eq(launches.rocketId, rocketIds[l.rocket]),
              eq(launches.destination, l.destination),
              eq(launches.status, l.status),
            ),
          )
          .limit(1);
        if (had) continue;
      }
      const id = randomUUID();
      const date = dayAt(ctx.now, l.inDays);
      const capacity = spec.rockets.find((r) => r.name === l.rocket)!.capacity;
      await ctx.db.insert(launches).values({
        id,
        agencyId: agency.id,
        rocketId: rocketIds[l.rocket],
        slug: launchSlug({ id, date, destination: l.destination, rocketName: l.rocket, spaceport: l.spaceport }),
        spaceport: l.spaceport,
        destination: l.destination,
        date,
        pricePerSeatCents: l.priceCents,
        minimumOccupancy: l.minimumOccupancy ?? defaultMinimumOccupancy(capacity),
        status: l.status ?? "scheduled",
        abortReason: l.status === "aborted" ? (l.reason ?? null) : null,
      });
      await ctx.db.insert(launchStatusHistory).values(historyOf(l, id, date, ctx.now, userId));
    }
  }
  return agencyIds;
}
