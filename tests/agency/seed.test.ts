import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, bookings, bookingSeats, launches, launchStatusHistory, payments, rockets } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { DEMO_AGENCIES } from "@/scripts/seed/agencies";
import { agencyProfileSchema } from "@/lib/agencies/profile-schema";
import { createContext } from "@/lib/context";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("agency seed", () => {
  it("creates the demo agencies, rockets and launches once, with valid profiles and histories", async () => {
    const ctx = createContext({ db: db.db, origin: "seed" });
    await seedDemo(ctx);
    const counts = async () => ({
      agencies: (await db.db.select().from(agencies)).length,
      rockets: (await db.db.select().from(rockets)).length,
      launches: (await db.db.select().from(launches)).length,
      history: (await db.db.select().from(launchStatusHistory)).length,
    });
    const first = await counts();
    await seedDemo(ctx);
    expect(await counts()).toEqual(first);
    expect(first.agencies).toBeGreaterThanOrEqual(2);
    expect(first.launches).toBeGreaterThanOrEqual(10);
    for (const a of DEMO_AGENCIES) expect(agencyProfileSchema.safeParse({ ...a.profile }).success).toBe(true);
    const all = await db.db.select().from(launches);
    expect(new Set(all.map((l) => l.status))).toEqual(
      new Set(["scheduled", "delayed", "successful", "aborted", "failed"]),
    );
    const [luna] = await db.db.select().from(agencies).where(eq(agencies.name, "Luna Express"));
    const failed = all.filter((l) => l.status === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0].agencyId).toBe(luna.id);
    expect(failed[0].date.getTime()).toBeLessThan(Date.now());
    const fh = await db.db.select().from(launchStatusHistory).where(eq(launchStatusHistory.launchId, failed[0].id));
    expect(fh.map((r) => r.toStatus).sort()).toEqual(["failed", "scheduled"]);
    const delayed = all.find((l) => l.status === "delayed")!;
    const h = await db.db.select().from(launchStatusHistory).where(eq(launchStatusHistory.launchId, delayed.id));
    expect(h.map((r) => r.toStatus).sort()).toEqual(["delayed", "scheduled"]);
    expect(
      all.filter((l) => l.status === "scheduled").every((l) => l.date.getTime() > Date.now() + 24 * 3600_000),
    ).toBe(true);
    // Travelers read these histories: no change is dated after the moment it is read.
    const future = (await db.db.select().from(launchStatusHistory)).filter((r) => r.changedAt.getTime() > Date.now());
    expect(future).toEqual([]);
  });
});

describe("agency seed on an older demo database", () => {
  it("adds a missing past seed launch (the failed one) once, and leaves the other launches alone", async () => {
    const ctx = createContext({ db: db.db, origin: "seed" });
    const [failed] = await db.db.select().from(launches).where(eq(launches.status, "failed"));
    // What a database seeded before the failed launch existed looks like.
    await db.db.delete(launchStatusHistory).where(eq(launchStatusHistory.launchId, failed.id));
    await db.db.delete(bookingSeats).where(eq(bookingSeats.launchId, failed.id));
    const gone = await db.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.launchId, failed.id));
    for (const b of gone) await db.db.delete(payments).where(eq(payments.bookingId, b.id));
    await db.db.delete(bookings).where(eq(bookings.launchId, failed.id));
    await db.db.delete(launches).where(eq(launches.id, failed.id));
    const before = (await db.db.select().from(launches)).length;
    await seedDemo(ctx);
    expect((await db.db.select().from(launches)).length).toBe(before + 1);
    await seedDemo(ctx);
    expect((await db.db.select().from(launches)).length).toBe(before + 1);
    expect(await db.db.select().from(launches).where(eq(launches.status, "failed"))).toHaveLength(1);
  });
});
