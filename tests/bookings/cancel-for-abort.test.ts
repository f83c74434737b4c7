import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, bookingSeats, notifications, payments } from "@/db/schema";
import { cancelBookingsForAbortedLaunch } from "@/lib/bookings/cancel-for-abort";
import { listVipTravelers, isVip } from "@/lib/bookings/vip";
import { withTransaction } from "@/lib/context";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { insertConfirmedBooking, makeLaunch, makeTraveler } from "./fixtures";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("cancelBookingsForAbortedLaunch", () => {
  it("cancels every confirmed booking with a 100 % refund, frees the seats and tells each traveler", async () => {
    const launch = await makeLaunch(db, { capacity: 6, priceCents: 12_345 });
    const other = await makeLaunch(db, { capacity: 6 });
    const a = await makeTraveler(db);
    const b = await makeTraveler(db);
    const ba = await insertConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: a.id,
      seats: [1, 2],
      amountCents: 24_690,
    });
    const bb = await insertConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: b.id,
      seats: [3],
      amountCents: 12_345,
    });
    const untouched = await insertConfirmedBooking(db, {
      launchId: other.id,
      travelerId: a.id,
      seats: [1],
      amountCents: 100,
    });

    const count = await withTransaction(db.ctx(), (tx) => cancelBookingsForAbortedLaunch(tx, launch.id));
    expect(count).toBe(2);

    const rows = await db.db.select().from(bookings).where(eq(bookings.launchId, launch.id));
    expect(rows.map((r) => [r.status, r.refundPercent, r.refundCents]).sort()).toEqual([
      ["cancelled", 100, 12_345],
      ["cancelled", 100, 24_690],
    ]);
    const live = await db.db
      .select()
      .from(bookingSeats)
      .where(and(eq(bookingSeats.launchId, launch.id), eq(bookingSeats.live, true)));
    expect(live).toHaveLength(0);
    const refunds = await db.db.select().from(payments).where(eq(payments.kind, "refund"));
    expect(refunds.map((r) => [r.bookingId, r.amountCents]).sort()).toEqual(
      [
        [ba.id, 24_690],
        [bb.id, 12_345],
      ].sort(),
    );
    const mails = await db.db.select().from(notifications).where(eq(notifications.template, "booking_cancelled"));
    expect(mails.map((m) => m.recipient).sort()).toEqual([a.email, b.email].sort());
    expect(mails[0].payload).toMatchObject({ cause: "launch_aborted", refundPercent: 100 });

    const [still] = await db.db.select().from(bookings).where(eq(bookings.id, untouched.id));
    expect(still.status).toBe("confirmed");
    // Running it again finds nothing left to cancel.
    expect(await withTransaction(db.ctx(), (tx) => cancelBookingsForAbortedLaunch(tx, launch.id))).toBe(0);
  });
});

describe("VIP", () => {
  it("is a traveler with confirmed bookings on 2 distinct launches", async () => {
    const t = await makeTraveler(db, { name: "Zed Vip" });
    const l1 = await makeLaunch(db);
    const l2 = await makeLaunch(db);
    await insertConfirmedBooking(db, { launchId: l1.id, travelerId: t.id, seats: [1], amountCents: 1 });
    await insertConfirmedBooking(db, { launchId: l1.id, travelerId: t.id, seats: [2], amountCents: 1 });
    expect(await isVip(db.ctx(), t.id)).toBe(false);
    await insertConfirmedBooking(db, { launchId: l2.id, travelerId: t.id, seats: [1], amountCents: 1 });
    expect(await isVip(db.ctx(), t.id)).toBe(true);
    const vips = await listVipTravelers(db.ctx());
    expect(vips).toContainEqual({ id: t.id, name: "Zed Vip", email: t.email });
  });
});
