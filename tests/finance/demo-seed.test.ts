import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { invoices, launches } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

it("the demo seed invoices the past successful and aborted launches, never the failed one, once", async () => {
  const ctx = { ...db.ctx(), origin: "seed" as const };
  await seedDemo(ctx);
  await seedDemo(ctx);
  const rows = await db.db
    .select({ kind: invoices.kind, status: launches.status })
    .from(invoices)
    .innerJoin(launches, eq(launches.id, invoices.launchId));
  expect(rows.map((r) => `${r.status}:${r.kind}`).sort()).toEqual(["aborted:abort_fee", "successful:success_fee"]);
  expect(await db.db.$count(launches, eq(launches.status, "failed"))).toBe(1);
});
