import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launches } from "@/db/schema";
import { createRocket } from "@/lib/agencies/rockets";
import { scheduleLaunch } from "@/lib/launches/schedule-launch";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency } from "./fixtures";

const D = 24 * 3600_000;
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 10 });
});
afterAll(async () => {
  await db?.destroy();
});

describe("7-day gap under concurrency (PostgreSQL server)", () => {
  it("of several concurrent schedules on one rocket within 7 days, exactly one commits", async () => {
    const { actor } = await makeAgency(db, "Race Agency");
    const now = new Date("2027-01-01T00:00:00Z");
    const rocket = await createRocket(db.ctx(actor, now), { name: "Racer", capacity: 5, range: "moon" });
    const attempts = [10, 11, 12, 13, 14].map((day) =>
      scheduleLaunch(db.ctx(actor, now), {
        rocketId: rocket.id,
        spaceport: "Kourou",
        destination: "moon",
        date: new Date(now.getTime() + day * D),
        pricePerSeatCents: 100,
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected")
        expect(r.reason).toMatchObject({
          code: "validation_failed",
          fieldErrors: { date: [expect.stringMatching(/7 days apart/)] },
        });
    expect(await db.db.select().from(launches).where(eq(launches.rocketId, rocket.id))).toHaveLength(1);
  });
});
