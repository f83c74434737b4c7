import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookAndPay, cancelBooking, holdSeats } from "@/lib/bookings/service";
import { listMyTrips } from "@/lib/bookings/trips";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_DECLINED, CARD_OK, insertConfirmedBooking, makeLaunch, makeTraveler } from "./fixtures";

const DAY = 24 * 3600 * 1000;
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("My bookings: upcoming and past", () => {
  it("lists the next trip first, puts flown and cancelled trips in Past, and no failed attempt anywhere", async () => {
    const t = await makeTraveler(db);
    const now = new Date();
    const far = await makeLaunch(db, { date: new Date(now.getTime() + 400 * DAY) });
    const near = await makeLaunch(db, { date: new Date(now.getTime() + 30 * DAY) });
    const flown = await makeLaunch(db, { date: new Date(now.getTime() - 10 * DAY), status: "successful" });
    const failed = await makeLaunch(db, { date: new Date(now.getTime() - 5 * DAY), status: "failed" });

    const farTrip = await bookAndPay(db.ctx(t), { launchId: far.id, seats: [1], cardNumber: CARD_OK });
    const nearTrip = await bookAndPay(db.ctx(t), { launchId: near.id, seats: [1], cardNumber: CARD_OK });
    const flownTrip = await insertConfirmedBooking(db, {
      launchId: flown.id,
      travelerId: t.id,
      seats: [1],
      amountCents: 100,
    });
    const failedTrip = await insertConfirmedBooking(db, {
      launchId: failed.id,
      travelerId: t.id,
      seats: [1],
      amountCents: 100,
    });
    // Failed attempts: a declined one-step booking and a hold left to run out.
    await expect(
      bookAndPay(db.ctx(t), { launchId: far.id, seats: [2], cardNumber: CARD_DECLINED }),
    ).rejects.toMatchObject({ code: "payment_declined" });
    await holdSeats(db.ctx(t, new Date(now.getTime() - 20 * 60_000)), { launchId: near.id, seats: [3] });
    const cancelled = await bookAndPay(db.ctx(t), { launchId: far.id, seats: [4], cardNumber: CARD_OK });
    await cancelBooking(db.ctx(t), cancelled.id);
    const running = await holdSeats(db.ctx(t), { launchId: near.id, seats: [5] });

    const upcoming = await listMyTrips(db.ctx(t), { tab: "upcoming", page: 1, pageSize: 20 });
    expect(upcoming.items.map((b) => b.id)).toEqual([nearTrip.id, running.id, farTrip.id]);
    const past = await listMyTrips(db.ctx(t), { tab: "past", page: 1, pageSize: 20 });
    expect(past.items.map((b) => b.id)).toEqual([cancelled.id, failedTrip.id, flownTrip.id]);
    expect(past.items.every((b) => b.status !== "expired")).toBe(true);
    expect(upcoming.counts).toEqual({ upcoming: 3, past: 3 });
  });
});
