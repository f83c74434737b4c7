import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bookings, bookingSeats, launches, payments } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { DEMO_USERS } from "@/scripts/seed/users";
import { findUserByEmail } from "@/lib/auth/users";
import { confirmedTripCount, isVip } from "@/lib/bookings/vip";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

it("seeds a VIP with 3 confirmed trips, a traveler with one plus one cancelled by the abort, paid and refunded, idempotently", async () => {
  const ctx = { ...db.ctx(), origin: "seed" as const };
  await seedDemo(ctx);
  const counts = async () => ({
    bookings: await db.db.$count(bookings),
    seats: await db.db.$count(bookingSeats),
    payments: await db.db.$count(payments),
  });
  const first = await counts();
  await seedDemo(ctx);
  expect(await counts()).toEqual(first);
  const vip = (await findUserByEmail(ctx, DEMO_USERS.vip.email))!;
  const traveler = (await findUserByEmail(ctx, DEMO_USERS.traveler.email))!;
  expect(await confirmedTripCount(ctx, vip.id)).toBe(3);
  expect(await isVip(ctx, vip.id)).toBe(true);
  expect(await confirmedTripCount(ctx, traveler.id)).toBe(1);
  expect(await isVip(ctx, traveler.id)).toBe(false);
  const all = await db.db
    .select({ booking: bookings, launchStatus: launches.status })
    .from(bookings)
    .innerJoin(launches, eq(launches.id, bookings.launchId));
  expect(all).toHaveLength(5);
  const charges = await db.db.select().from(payments).where(eq(payments.kind, "charge"));
  expect(charges.map((c) => c.bookingId).sort()).toEqual(all.map((b) => b.booking.id).sort());

  const onFailed = all.filter((b) => b.launchStatus === "failed");
  expect(onFailed.map((b) => [b.booking.status, b.booking.travelerId])).toEqual([["confirmed", vip.id]]);

  const onAborted = all.filter((b) => b.launchStatus === "aborted");
  expect(onAborted).toHaveLength(1);
  const cancelled = onAborted[0].booking;
  expect(cancelled).toMatchObject({
    status: "cancelled",
    travelerId: traveler.id,
    refundPercent: 100,
    refundCents: cancelled.amountCents,
  });
  const refunds = await db.db.select().from(payments).where(eq(payments.kind, "refund"));
  expect(refunds.map((r) => [r.bookingId, r.amountCents, r.status])).toEqual([
    [cancelled.id, cancelled.amountCents, "succeeded"],
  ]);
  const seats = await db.db.select().from(bookingSeats).where(eq(bookingSeats.bookingId, cancelled.id));
  expect(seats.length).toBeGreaterThan(0);
  expect(seats.every((s) => !s.live)).toBe(true);
});
