import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, payments } from "@/db/schema";
import { POST as createBooking } from "@/app/api/v1/bookings/route";
import { POST as cancel } from "@/app/api/v1/bookings/[id]/cancel/route";
import { POST as pay } from "@/app/api/v1/bookings/[id]/payment/route";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_DECLINED, CARD_OK, makeLaunch, makeTraveler } from "../bookings/fixtures";
import { routeClient } from "./api-client";
import { mailsTo, paymentRows } from "./stripe-fixture";

// Idempotency-Key on the booking API, sandbox provider, through the route handlers.
let db: TestDb;
let api: ReturnType<typeof routeClient>;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 20 });
  api = routeClient(db);
});
afterAll(async () => {
  await api?.close();
  await db?.destroy();
});

const ownBookings = (travelerId: string, launchId: string) =>
  db.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.travelerId, travelerId), eq(bookings.launchId, launchId)));

describe("Idempotency-Key (sandbox)", () => {
  it("book-and-pay retried after the commit and concurrently: one booking, one charge, one set of mails", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const body = { launchId: launch.id, seatCount: 1, payment: { cardNumber: CARD_OK } };
    const key = randomUUID();
    const first = await api.post(createBooking, t, { path: "/bookings", body, key });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe("confirmed");
    const retry = await api.post(createBooking, t, { path: "/bookings", body, key });
    expect(retry).toMatchObject({ status: 201, replayed: true, body: { id: first.body.id } });

    // Five at once with a fresh key: the key's row serializes them; one runs, four replay it.
    const key2 = randomUUID();
    const together = await Promise.all(
      Array.from({ length: 5 }, () => api.post(createBooking, t, { path: "/bookings", body, key: key2 })),
    );
    expect(new Set(together.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(together.map((r) => r.body.id)).size).toBe(1);
    expect(together.filter((r) => !r.replayed)).toHaveLength(1);

    const mine = await ownBookings(t.id, launch.id);
    expect(mine).toHaveLength(2);
    for (const b of mine) {
      expect((await paymentRows(db, b.id)).filter((p) => p.kind === "charge")).toHaveLength(1);
    }
    expect(await mailsTo(db, t.email, "booking_confirmed")).toHaveLength(2);
  });

  it("the same key with another body → 422, and nothing is held", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const key = randomUUID();
    expect(
      (await api.post(createBooking, t, { path: "/bookings", body: { launchId: launch.id, seats: [1] }, key })).status,
    ).toBe(201);
    const other = await api.post(createBooking, t, {
      path: "/bookings",
      body: { launchId: launch.id, seats: [2] },
      key,
    });
    expect(other).toMatchObject({ status: 422, body: { code: "idempotency_key_reused" } });
    expect(await ownBookings(t.id, launch.id)).toHaveLength(1);
    // A key is the traveler's own: another traveler's identical key is another request.
    const t2 = await makeTraveler(db);
    expect(
      (await api.post(createBooking, t2, { path: "/bookings", body: { launchId: launch.id, seats: [2] }, key })).status,
    ).toBe(201);
  });

  it("a declined payment's answer is replayed too, never charged again", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const held = await api.post(createBooking, t, { path: "/bookings", body: { launchId: launch.id, seats: [1] } });
    const id = String(held.body.id);
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        api.post(pay, t, { path: `/bookings/${id}/payment`, body: { cardNumber: CARD_DECLINED }, key, params: { id } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([402, 402, 402]);
    const charges = await db.db.select().from(payments).where(eq(payments.bookingId, id));
    expect(charges).toHaveLength(1);
  });

  it("cancel retried concurrently: one refund", async () => {
    const launch = await makeLaunch(db, { date: new Date(Date.now() + 400 * 24 * 3600 * 1000) });
    const t = await makeTraveler(db);
    const booked = await api.post(createBooking, t, {
      path: "/bookings",
      body: { launchId: launch.id, seats: [1], payment: { cardNumber: CARD_OK } },
    });
    const id = String(booked.body.id);
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.post(cancel, t, { path: `/bookings/${id}/cancel`, body: {}, key, params: { id } })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.body.refundCents)).toEqual([90_000, 90_000, 90_000]);
    expect((await paymentRows(db, id)).filter((p) => p.kind === "refund")).toHaveLength(1);
    expect(await mailsTo(db, t.email, "booking_cancelled")).toHaveLength(1);
  });
});
