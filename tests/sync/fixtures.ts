// Two databases for the sync tests: the primary (a fresh test database) and a target
// (in-memory PGlite, or a second database on the PostgreSQL server), plus small writers.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import {
  agencies,
  bookings,
  invoiceReminders,
  invoices,
  invoiceStatusHistory,
  launches,
  rockets,
  users,
} from "@/db/schema";
import { withTransaction, type Actor, type Ctx } from "@/lib/context";
import { prepareTarget, type SyncTarget } from "@/lib/sync/target";
import { createTestDb, type TestDb } from "../helpers/test-db";

export const NOW = new Date("2026-11-25T12:00:00.000Z");

export interface Pair {
  primary: TestDb;
  targetDb: TestDb;
  target: SyncTarget;
  it: Actor;
  ctx: (now?: Date) => Ctx;
  destroy: () => Promise<void>;
}

export async function createPair(): Promise<Pair> {
  const primary = await createTestDb();
  const targetDb = await createTestDb();
  const target = await prepareTarget(targetDb, "test target");
  const it = await addUser(primary.ctx(), { role: "it", email: `it-${randomUUID()}@example.test` });
  const actor: Actor = { id: it.id, role: "it", email: it.email, name: it.name };
  return {
    primary,
    targetDb,
    target,
    it: actor,
    ctx: (now = NOW) => ({ ...primary.ctx(actor, now), origin: "web" }),
    destroy: async () => {
      await targetDb.destroy();
      await primary.destroy();
    },
  };
}

let seq = 0;
export async function addUser(ctx: Ctx, values: Partial<typeof users.$inferInsert> = {}) {
  const n = ++seq;
  const [row] = await withTransaction(ctx, (tx) =>
    tx.db
      .insert(users)
      .values({
        email: `user-${n}-${randomUUID()}@example.test`,
        passwordHash: "$argon2id$secret",
        name: `User ${n}`,
        role: "traveler",
        ...values,
      })
      .returning(),
  );
  return row;
}

/** An agency with one rocket, one launch and `bookingsCount` bookings. */
export async function addAgencyWithBookings(ctx: Ctx, bookingsCount: number) {
  const owner = await addUser(ctx, { role: "agency" });
  const traveler = await addUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const n = ++seq;
    const [agency] = await tx.db
      .insert(agencies)
      .values({
        userId: owner.id,
        name: `Agency ${n} ${randomUUID()}`,
        contactEmail: "ops@agency.test",
        country: "ES",
        taxId: "12345678Z",
      })
      .returning();
    const [rocket] = await tx.db
      .insert(rockets)
      .values({ agencyId: agency.id, name: `Rocket ${n}`, capacity: 10, range: "moon" })
      .returning();
    const [launch] = await tx.db
      .insert(launches)
      .values({
        agencyId: agency.id,
        rocketId: rocket.id,
        slug: `launch-${randomUUID()}`,
        spaceport: "Cape",
        destination: "moon",
        date: new Date("2027-03-14T10:00:00Z"),
        pricePerSeatCents: 100000,
        minimumOccupancy: 1,
      })
      .returning();
    const rows = bookingsCount
      ? await tx.db
          .insert(bookings)
          .values(
            Array.from({ length: bookingsCount }, () => ({
              reference: `AB-${randomUUID().slice(0, 8)}`,
              launchId: launch.id,
              travelerId: traveler.id,
              amountCents: 100000,
            })),
          )
          .returning()
      : [];
    return { agency, rocket, launch, bookings: rows, owner, traveler };
  });
}

let invoiceSeq = 0;

/**
 * An invoice for a launch with its status history (two changes in one instant: their order
 * is the identity column `seq`) and a reminder: the finance rows the invoices data set moves.
 */
export async function addInvoice(ctx: Ctx, launch: { id: string; agencyId: string }) {
  const n = ++invoiceSeq;
  const year = 3000 + Math.floor(Math.random() * 5000);
  return withTransaction(ctx, async (tx) => {
    const [invoice] = await tx.db
      .insert(invoices)
      .values({
        number: `INV-${year}-${randomUUID().slice(0, 8)}`,
        year,
        sequence: n,
        kind: "success_fee",
        agencyId: launch.agencyId,
        launchId: launch.id,
        revenueCents: 500000,
        feeRateBp: 500,
        reliability: "new",
        totalCents: 25000,
        issuedAt: ctx.now,
        dueAt: new Date(ctx.now.getTime() + 30 * 86400_000),
        snapshot: { agency: {}, launch: {}, passengers: [], earlierSuccessfulLaunches: 0 } as never,
      })
      .returning();
    // Ids in the opposite order of seq: a copy by id that let the target number the rows itself would swap them.
    const [low, high] = [randomUUID(), randomUUID()].sort();
    const history = await tx.db
      .insert(invoiceStatusHistory)
      .values([
        { id: high, invoiceId: invoice.id, fromStatus: null, toStatus: "issued", changedAt: ctx.now, reason: "issued" },
        {
          id: low,
          invoiceId: invoice.id,
          fromStatus: "issued",
          toStatus: "overdue",
          changedAt: ctx.now,
          reason: "due date passed",
        },
      ])
      .returning();
    const [reminder] = await tx.db
      .insert(invoiceReminders)
      .values({ invoiceId: invoice.id, sentAt: ctx.now, recipient: "ops@agency.test", balanceCents: 25000 })
      .returning();
    return { invoice, history, reminder };
  });
}

/** The rows of a table without secrets, ordered by id (Date values compare by instant). */
export async function tableRows(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const rows = rowsOf<Record<string, unknown>>(await db.execute(sql.raw(`select * from "${table}" order by id`)));
  return rows.map((row) => {
    const rest = { ...row };
    delete rest.password_hash;
    return rest;
  });
}

export const SYNCED_TABLES = [
  "users",
  "agencies",
  "rockets",
  "launches",
  "launch_status_history",
  "bookings",
  "booking_seats",
  "payments",
  "invoices",
  "invoice_status_history",
  "invoice_payments",
  "credit_notes",
  "invoice_reminders",
];
