import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoicePayments, invoices } from "@/db/schema";
import { withTransaction } from "@/lib/context";
import { seedFinance } from "@/scripts/seed/finance";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency, makeBooking, makeLaunch, makeUser } from "./fixtures";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("finance seed", () => {
  it("invoices past successful and aborted launches once, and records one partial payment, idempotently", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const base = db.ctx(null, now);
    const employee = await makeUser(base, "employee");
    const traveler = await makeUser(base, "traveler");
    const a = await makeAgency(base);
    const ok = await makeLaunch(base, a, "successful", "2026-04-01T10:00:00Z");
    await makeLaunch(base, a, "aborted", "2026-03-01T10:00:00Z", "Wind");
    await makeLaunch(base, a, "failed", "2026-02-01T10:00:00Z");
    await makeBooking(base, ok.id, traveler.id, 5_000_000);
    const ids = { employee: employee.id } as Parameters<typeof seedFinance>[1];
    const seedCtx = { ...db.ctx(null, now), origin: "seed" as const };
    await withTransaction(seedCtx, (tx) => seedFinance(tx, ids));
    await withTransaction(seedCtx, (tx) => seedFinance(tx, ids));
    const rows = await db.db.select().from(invoices).orderBy(invoices.sequence);
    expect(rows.map((r) => [r.number, r.kind, r.issuedAt.toISOString()])).toEqual([
      ["INV-2026-00001", "abort_fee", "2026-03-02T10:00:00.000Z"],
      ["INV-2026-00002", "success_fee", "2026-04-02T10:00:00.000Z"],
    ]);
    expect(await db.db.$count(invoicePayments)).toBe(1);
    const [first] = rows;
    expect(first.paidCents).toBe(50_000);
    expect(first.status).toBe("overdue"); // paid half, due 2026-04-01, seeded on 2026-06-01
  });
});
