import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingSeats, changeLog } from "@/db/schema";
import { expireHoldsJob } from "@/lib/bookings/expire-holds-job";
import { cancelBookingsForAbortedLaunch } from "@/lib/bookings/cancel-for-abort";
import { bookAndPay, cancelBooking, holdSeats } from "@/lib/bookings/service";
import { getLaunchDetail, listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { withTransaction } from "@/lib/context";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  CARD_DECLINED,
  CARD_OK,
  insertConfirmedBooking,
  makeLaunch,
  makeTraveler,
  seatCountMismatches,
  pax,
} from "./fixtures";

// Seats left in the catalogue come from launch_seat_counts, kept by triggers on booking_seats.
// Every way a seat moves must move the counter in the same statement.

const DAY = 24 * 3600 * 1000;
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const seatsLeft = async (launchId: string, now?: Date) =>
  (await getLaunchDetail(db.ctx(null, now), { id: launchId }))!.seatsAvailable;

describe("launch_seat_counts", () => {
  it("follows holds, payments, declines, cancellations, expiry and abort", async () => {
    const launch = await makeLaunch(db, { capacity: 8, date: new Date(Date.now() + 400 * DAY) });
    const t = await makeTraveler(db);
    expect(await seatsLeft(launch.id)).toBe(8);

    const start = new Date();
    await holdSeats(db.ctx(t, start), { launchId: launch.id, seats: [1, 2], passengers: pax(2) });
    expect(await seatsLeft(launch.id, start)).toBe(6);

    const paid = await bookAndPay(db.ctx(await makeTraveler(db)), {
      launchId: launch.id,
      seats: [3, 4, 5],
      passengers: pax(3),
      cardNumber: CARD_OK,
    });
    expect(await seatsLeft(launch.id)).toBe(3);

    await expect(
      bookAndPay(db.ctx(await makeTraveler(db)), {
        launchId: launch.id,
        seats: [6],
        passengers: pax(1),
        cardNumber: CARD_DECLINED,
      }),
    ).rejects.toMatchObject({
      code: "payment_declined",
    });
    expect(await seatsLeft(launch.id)).toBe(3);

    await cancelBooking(db.ctx(await userOf(paid.id)), paid.id);
    expect(await seatsLeft(launch.id)).toBe(6);

    // The hold expires: seats come back at once in the read, and the job then frees them.
    const later = new Date(start.getTime() + 11 * 60 * 1000);
    expect(await seatsLeft(launch.id, later)).toBe(8);
    await expireHoldsJob({ ...db.ctx(null, later), origin: "cron:expire-holds" });
    expect(await seatsLeft(launch.id, later)).toBe(8);

    await insertConfirmedBooking(db, { launchId: launch.id, travelerId: t.id, seats: [7, 8], amountCents: 100 });
    expect(await seatsLeft(launch.id)).toBe(6);
    await withTransaction(db.ctx(), (tx) => cancelBookingsForAbortedLaunch(tx, launch.id));
    expect(await seatsLeft(launch.id)).toBe(8);
    expect(await seatCountMismatches(db)).toEqual([]);
  });

  it("stays exact when one statement moves seats of several launches, inserts, moves and deletes", async () => {
    const a = await makeLaunch(db, { capacity: 10 });
    const b = await makeLaunch(db, { capacity: 10 });
    const t = await makeTraveler(db);
    const ba = await insertConfirmedBooking(db, {
      launchId: a.id,
      travelerId: t.id,
      seats: [1, 2, 3],
      amountCents: 100,
    });
    const bb = await insertConfirmedBooking(db, { launchId: b.id, travelerId: t.id, seats: [1], amountCents: 100 });
    expect(await seatCountMismatches(db)).toEqual([]);

    // One update across both launches, one that moves a seat between launches, one delete.
    await db.db
      .update(bookingSeats)
      .set({ live: false })
      .where(inArray(bookingSeats.bookingId, [ba.id, bb.id]));
    expect([await seatsLeft(a.id), await seatsLeft(b.id)]).toEqual([10, 10]);
    await db.db.update(bookingSeats).set({ live: true }).where(eq(bookingSeats.bookingId, ba.id));
    await db.db.execute(
      sql`update booking_seats set launch_id = ${b.id}, seat_number = 9 where booking_id = ${ba.id} and seat_number = 1`,
    );
    expect([await seatsLeft(a.id), await seatsLeft(b.id)]).toEqual([8, 9]);
    await db.db.delete(bookingSeats).where(eq(bookingSeats.bookingId, ba.id));
    expect([await seatsLeft(a.id), await seatsLeft(b.id)]).toEqual([10, 10]);
    expect(await seatCountMismatches(db)).toEqual([]);
  });

  it("is what the catalogue filters and sorts on", async () => {
    const a = await makeLaunch(db, { capacity: 4, destination: "iss" });
    const agencyId = a.agencyId;
    const b = await makeLaunch(db, { agencyId, capacity: 4, destination: "iss" });
    const t = await makeTraveler(db);
    await insertConfirmedBooking(db, { launchId: a.id, travelerId: t.id, seats: [1, 2, 3], amountCents: 100 });
    await insertConfirmedBooking(db, { launchId: b.id, travelerId: t.id, seats: [1, 2, 3, 4], amountCents: 100 });
    const page = await listCatalogue(db.ctx(), catalogueQuerySchema.parse({ agencyId, sort: "seats" }));
    // The full launch is not bookable; the other has one seat left.
    expect(page.total).toBe(1);
    expect(page.items.map((i) => [i.id, i.seatsAvailable])).toEqual([[a.id, 1]]);
    expect((await listCatalogue(db.ctx(), catalogueQuerySchema.parse({ agencyId, minSeats: "2" }))).total).toBe(0);
  });
});

async function userOf(bookingId: string) {
  const { bookings, users } = await import("@/db/schema");
  const [row] = await db.db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.travelerId))
    .where(eq(bookings.id, bookingId));
  return { ...row, role: "traveler" as const };
}

describe("bookings in the change log", () => {
  it("records hold, payment and cancellation of bookings and seats with origin, actor and request id", async () => {
    const launch = await makeLaunch(db, { capacity: 4 });
    const t = await makeTraveler(db);
    const web = (requestId: string) => ({ ...db.ctx(t), origin: "web" as const, requestId });
    const booking = await bookAndPay(web("req-book-1"), {
      launchId: launch.id,
      seats: [2],
      passengers: pax(1),
      cardNumber: CARD_OK,
    });
    await cancelBooking(web("req-cancel-1"), booking.id);
    const rows = await db.db.select().from(changeLog).where(eq(changeLog.rowId, booking.id)).orderBy(changeLog.id);
    expect(rows.map((r) => [r.tableName, r.op, r.requestId])).toEqual([
      ["bookings", "insert", "req-book-1"],
      ["bookings", "update", "req-book-1"],
      ["bookings", "update", "req-cancel-1"],
    ]);
    expect(rows.every((r) => r.origin === "web" && r.actorId === t.id)).toBe(true);
    expect(rows.map((r) => r.data?.status)).toEqual(["held", "confirmed", "cancelled"]);
    const seatRows = await db.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.tableName, "booking_seats"), eq(changeLog.requestId, "req-cancel-1")));
    expect(seatRows.map((r) => [r.op, r.data?.live])).toEqual([["update", false]]);
  });
});
