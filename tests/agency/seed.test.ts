import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, launches, launchStatusHistory, rockets } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { DEMO_AGENCIES } from "@/db/seed/agencies";
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
    expect(first.launches).toBeGreaterThanOrEqual(8);
    for (const a of DEMO_AGENCIES) expect(agencyProfileSchema.safeParse({ ...a.profile }).success).toBe(true);
    const all = await db.db.select().from(launches);
    expect(new Set(all.map((l) => l.status))).toEqual(new Set(["scheduled", "delayed", "successful", "aborted"]));
    const delayed = all.find((l) => l.status === "delayed")!;
    const h = await db.db.select().from(launchStatusHistory).where(eq(launchStatusHistory.launchId, delayed.id));
    expect(h.map((r) => r.toStatus).sort()).toEqual(["delayed", "scheduled"]);
    expect(all.filter((l) => l.status === "scheduled").every((l) => l.date.getTime() > Date.now() + 24 * 3600_000)).toBe(true);
  });
});
