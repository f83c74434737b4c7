import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, payments } from "@/db/schema";
import { HOLD_MINUTES, MAX_UNPAID_HOLDS } from "@/lib/bookings/rules";
import { bookAndPay, cancelBooking, getMyBooking, holdSeats, payBooking } from "@/lib/bookings/service";
import { getLaunchDetail } from "@/lib/catalogue/queries";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_OK, makeLaunch, makeTraveler } from "./fixtures";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const MINUTE = 60_000;

describe(`at most ${MAX_UNPAID_HOLDS} unpaid holds per traveler`, () => {
  it("refuses one more hold on any launch with too_many_holds, saying to pay or release one", async () => {
    const t = await makeTraveler(db);
    const [a, b, c] = await Promise.all([makeLaunch(db), makeLaunch(db), makeLaunch(db)]);
    await holdSeats(db.ctx(t), { launchId: a.id, seatCount: 1 });
    await holdSeats(db.ctx(t), { launchId: b.id, seatCount: 1 });
    const refused = holdSeats(db.ctx(t), { launchId: c.id, seatCount: 1 });
    await expect(refused).rejects.toMatchObject({ code: "too_many_holds" });
    await expect(refused).rejects.toThrow(/pay for one or release it/i);
    expect((await getLaunchDetail(db.ctx(), { id: c.id }))!.takenSeats).toEqual([]);
  });

  it("allows a new hold once one is paid, released or has run out", async () => {
    const t = await makeTraveler(db);
    const launchesOf = await Promise.all(Array.from({ length: 5 }, () => makeLaunch(db)));
    const now = new Date();
    const first = await holdSeats(db.ctx(t, now), { launchId: launchesOf[0].id, seatCount: 1 });
    const second = await holdSeats(db.ctx(t, now), { launchId: launchesOf[1].id, seatCount: 1 });
    await payBooking(db.ctx(t, now), first.id, CARD_OK);
    const third = await holdSeats(db.ctx(t, now), { launchId: launchesOf[2].id, seatCount: 1 });
    await cancelBooking(db.ctx(t, now), second.id);
    await holdSeats(db.ctx(t, now), { launchId: launchesOf[3].id, seatCount: 1 });
    // Two unpaid holds again: once they have run out (HOLD_MINUTES), another is allowed.
    const later = new Date(now.getTime() + HOLD_MINUTES * MINUTE + 1000);
    expect(third.status).toBe("held");
    await expect(holdSeats(db.ctx(t, later), { launchId: launchesOf[4].id, seatCount: 1 })).resolves.toMatchObject({
      status: "held",
    });
  });

  it("does not stop a one-step booking paid at once", async () => {
    const t = await makeTraveler(db);
    const [a, b, c] = await Promise.all([makeLaunch(db), makeLaunch(db), makeLaunch(db)]);
    await holdSeats(db.ctx(t), { launchId: a.id, seatCount: 1 });
    await holdSeats(db.ctx(t), { launchId: b.id, seatCount: 1 });
    await expect(bookAndPay(db.ctx(t), { launchId: c.id, seatCount: 1, cardNumber: CARD_OK })).resolves.toMatchObject({
      status: "confirmed",
    });
  });
});

describe("releasing a held booking", () => {
  it("frees the seats at once, refunds nothing, and marks it cancelled", async () => {
    const launch = await makeLaunch(db, { capacity: 2 });
    const [t, other] = await Promise.all([makeTraveler(db), makeTraveler(db)]);
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seats: [1] });
    expect((await getMyBooking(db.ctx(t), held.id)).cancellation).toEqual({
      allowed: true,
      quote: { refundPercent: 0, refundCents: 0 },
    });
    const released = await cancelBooking(db.ctx(t), held.id);
    expect(released).toMatchObject({ status: "cancelled", refundCents: 0, refundPercent: 0 });
    expect(released.expiresAt).toBeUndefined();
    // Another traveler gets the same seat straight away.
    await expect(holdSeats(db.ctx(other), { launchId: launch.id, seats: [1] })).resolves.toMatchObject({
      status: "held",
    });
    expect(await db.db.select().from(payments).where(eq(payments.bookingId, held.id))).toEqual([]);
    // Released once: a second release is refused, nothing changes.
    await expect(cancelBooking(db.ctx(t), held.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a hold that has run out, and a refund figure other than 0 %", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const now = new Date();
    const held = await holdSeats(db.ctx(t, now), { launchId: launch.id, seatCount: 1 });
    await expect(cancelBooking(db.ctx(t, now), held.id, { expectedRefundPercent: 90 })).rejects.toMatchObject({
      code: "conflict",
    });
    const later = new Date(now.getTime() + HOLD_MINUTES * MINUTE + 1000);
    await expect(cancelBooking(db.ctx(t, later), held.id)).rejects.toMatchObject({ code: "hold_expired" });
    const [row] = await db.db.select().from(bookings).where(eq(bookings.id, held.id));
    expect(row.status).toBe("held");
  });

  it("is the traveler's own: another traveler's hold is not found", async () => {
    const launch = await makeLaunch(db);
    const [t, other] = await Promise.all([makeTraveler(db), makeTraveler(db)]);
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 1 });
    await expect(cancelBooking(db.ctx(other), held.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
