import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoices } from "@/db/schema";
import { withTransaction, type Actor } from "@/lib/context";
import { generateInvoices } from "@/lib/finance/generate-invoices";
import { nextDocumentSequence } from "@/lib/finance/numbering";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency, makeBooking, makeLaunch, makeUser } from "./fixtures";

// PostgreSQL server only: PGlite has a single connection, so nothing runs concurrently there.
let db: TestDb;
let employee: Actor;
const NOW = new Date("2027-02-01T09:00:00Z");

beforeAll(async () => {
  db = await createTestDb({ poolSize: 40 });
  employee = await makeUser(db.ctx(), "employee");
});
afterAll(async () => {
  await db?.destroy();
});

const numbersOfYear = async (year: number) =>
  (await db.db.select({ sequence: invoices.sequence }).from(invoices).where(eq(invoices.year, year)))
    .map((r) => r.sequence)
    .sort((a, b) => a - b);

describe("gapless invoice numbers under concurrency", () => {
  it("30 concurrent generations for 30 launches → numbers 1..30, no gap, no duplicate", async () => {
    const base = db.ctx(null, NOW);
    const traveler = await makeUser(base, "traveler");
    const a = await makeAgency(base);
    const launchIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const l = await makeLaunch(
        base,
        a,
        "successful",
        `2027-01-${String((i % 28) + 1).padStart(2, "0")}T0${i % 10}:00:00Z`,
      );
      await makeBooking(base, l.id, traveler.id, 10_000 + i);
      launchIds.push(l.id);
    }
    const results = await Promise.all(
      launchIds.map((launchId) => generateInvoices(db.ctx(employee, NOW), { launchId })),
    );
    expect(results.flatMap((r) => r.created)).toHaveLength(30);
    expect(await numbersOfYear(2027)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("a generation that fails and rolls back leaves no gap", async () => {
    await expect(
      withTransaction(db.ctx(employee, NOW), async (tx) => {
        await nextDocumentSequence(tx, "INV", 2027);
        throw new Error("boom after taking a number");
      }),
    ).rejects.toThrow("boom");
    const base = db.ctx(null, NOW);
    const a = await makeAgency(base);
    const l = await makeLaunch(base, a, "aborted", "2027-01-30T00:00:00Z");
    const { created } = await generateInvoices(db.ctx(employee, NOW), { launchId: l.id });
    expect(created[0].number).toBe("INV-2027-00031");
  });

  it("concurrent 'generate all' calls create each invoice once", async () => {
    const base = db.ctx(null, NOW);
    const a = await makeAgency(base);
    for (let i = 0; i < 10; i++)
      await makeLaunch(
        base,
        a,
        i % 3 === 0 ? "aborted" : "successful",
        `2026-12-${String(i + 1).padStart(2, "0")}T00:00:00Z`,
      );
    const runs = await Promise.all(Array.from({ length: 4 }, () => generateInvoices(db.ctx(employee, NOW))));
    const created = runs.flatMap((r) => r.created);
    expect(created).toHaveLength(10);
    expect(new Set(created.map((c) => c.launchId)).size).toBe(10);
    expect(await numbersOfYear(2027)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    const dupes = await db.db.execute(sql`select launch_id from invoices group by launch_id having count(*) > 1`);
    expect((dupes as unknown as { rows: unknown[] }).rows).toEqual([]);
  });
});
