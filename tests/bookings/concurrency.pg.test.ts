import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, bookingSeats } from "@/db/schema";
import { MAX_UNPAID_HOLDS } from "@/lib/bookings/rules";
import { bookAndPay, holdSeats } from "@/lib/bookings/service";
import { getLaunchDetail } from "@/lib/catalogue/queries";
import { isDomainError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_DECLINED, insertConfirmedBooking, makeLaunch, makeTraveler, seatCountMismatches } from "./fixtures";

// Run against the PostgreSQL server only (PGlite has one connection, so nothing races there).
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 20 });
});
afterAll(async () => {
  await db?.destroy();
});

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (error) {
    return isDomainError(error) ? error.code : `defect: ${String(error)}`;
  }
}

describe("no overbooking under concurrency", () => {
  it("40 travelers booking one seat each at once on a 10-seat launch: exactly 10 succeed", async () => {
    const launch = await makeLaunch(db, { capacity: 10 });
    const travelers = await Promise.all(Array.from({ length: 40 }, () => makeTraveler(db)));
    const now = new Date();
    // Half ask for a seat by number (collide on the same seats), half for "any one seat".
    const results = await Promise.all(
      travelers.map((t, i) =>
        outcome(
          holdSeats(
            db.ctx(t, now),
            i % 2 ? { launchId: launch.id, seats: [(i % 10) + 1] } : { launchId: launch.id, seatCount: 1 },
          ),
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(10);
    expect(results.filter((r) => r !== "ok").every((r) => r === "sold_out" || r === "seat_taken")).toBe(true);
    const live = await db.db
      .select()
      .from(bookingSeats)
      .where(and(eq(bookingSeats.launchId, launch.id), eq(bookingSeats.live, true)));
    expect(new Set(live.map((s) => s.seatNumber)).size).toBe(10);
    expect(live).toHaveLength(10);
    // The catalogue's counter saw every one of the 10 holds and none of the refusals.
    expect((await getLaunchDetail(db.ctx(null, now), { id: launch.id }))!.seatsAvailable).toBe(0);
    expect(await seatCountMismatches(db)).toEqual([]);
  });

  it("20 concurrent requests from one traveler never give him more than 4 seats", async () => {
    const launch = await makeLaunch(db, { capacity: 50 });
    const t = await makeTraveler(db);
    // Three seats already bought, so the seat limit (not the two-unpaid-holds one) is what bites.
    await insertConfirmedBooking(db, { launchId: launch.id, travelerId: t.id, seats: [48, 49, 50], amountCents: 300 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(
          holdSeats(db.ctx(t), i % 2 ? { launchId: launch.id, seatCount: 1 } : { launchId: launch.id, seats: [i + 1] }),
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    // A by-number request may also lose its seat to a "lowest free seat" request: seat_taken.
    expect(results.filter((r) => r !== "ok").every((r) => r === "seat_limit_exceeded" || r === "seat_taken")).toBe(
      true,
    );
    const detail = await getLaunchDetail(db.ctx(), { id: launch.id });
    expect(detail!.takenSeats).toHaveLength(4);
  });

  it("20 concurrent requests from a VIP never give him more than 6 seats", async () => {
    const vip = await makeTraveler(db);
    for (const other of [await makeLaunch(db), await makeLaunch(db)]) {
      await insertConfirmedBooking(db, { launchId: other.id, travelerId: vip.id, seats: [1], amountCents: 100 });
    }
    const launch = await makeLaunch(db, { capacity: 50 });
    await insertConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: vip.id,
      seats: [46, 47, 48, 49, 50],
      amountCents: 500,
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => outcome(holdSeats(db.ctx(vip), { launchId: launch.id, seatCount: 1 }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r !== "ok").every((r) => r === "seat_limit_exceeded")).toBe(true);
    expect((await getLaunchDetail(db.ctx(), { id: launch.id }))!.seatsAvailable).toBe(44);
  });

  it(`20 concurrent holds from one traveler across launches never leave him more than ${MAX_UNPAID_HOLDS} unpaid holds`, async () => {
    const t = await makeTraveler(db);
    const launches = await Promise.all(Array.from({ length: 4 }, () => makeLaunch(db, { capacity: 20 })));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(holdSeats(db.ctx(t), { launchId: launches[i % launches.length].id, seatCount: 1 })),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(MAX_UNPAID_HOLDS);
    expect(results.filter((r) => r !== "ok").every((r) => r === "too_many_holds")).toBe(true);
    const held = await db.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.travelerId, t.id), eq(bookings.status, "held")));
    expect(held).toHaveLength(MAX_UNPAID_HOLDS);
  });

  it("a declined payment releases the seats, even while others book", async () => {
    const launch = await makeLaunch(db, { capacity: 4 });
    const t = await makeTraveler(db);
    const others = await Promise.all(Array.from({ length: 2 }, () => makeTraveler(db)));
    const results = await Promise.all([
      outcome(
        bookAndPay(db.ctx(t), {
          launchId: launch.id,
          seats: [1, 2],
          passengers: Array.from({ length: 2 }, (_, i) => ({
            name: `P${i}`,
            email: `p${i}@example.test`,
            dateOfBirth: "1980-01-01",
          })),
          cardNumber: CARD_DECLINED,
        }),
      ),
      ...others.map((o, i) => outcome(holdSeats(db.ctx(o), { launchId: launch.id, seats: [3 + i] }))),
    ]);
    expect(results).toEqual(["payment_declined", "ok", "ok"]);
    const detail = await getLaunchDetail(db.ctx(), { id: launch.id });
    expect(detail!.takenSeats).toEqual([3, 4]);
    expect(detail!.seatsAvailable).toBe(2);
    expect(await seatCountMismatches(db)).toEqual([]);
  });
});
