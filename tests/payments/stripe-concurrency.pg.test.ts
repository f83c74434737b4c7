import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings } from "@/db/schema";
import { POST as createBooking } from "@/app/api/v1/bookings/route";
import { POST as cancel } from "@/app/api/v1/bookings/[id]/cancel/route";
import { POST as checkout } from "@/app/api/v1/bookings/[id]/checkout/route";
import type { StripeStandIn } from "@/scripts/stripe-stand-in/server";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_OK, makeLaunch, makeTraveler } from "../bookings/fixtures";
import { routeClient } from "./api-client";
import { bookingRow, holdAndCheckout, mailsTo, paymentRows, useStripe } from "./stripe-fixture";

// Stripe mode on the PostgreSQL server: concurrent webhooks and concurrent retried requests
// (stand-in on port 3852; the booking routes' own handlers).
let db: TestDb;
let stripe: StripeStandIn;
let api: ReturnType<typeof routeClient>;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 20 });
  stripe = await useStripe(() => db, 3852);
  api = routeClient(db);
});
afterAll(async () => {
  await stripe?.close();
  await api?.close();
  await db?.destroy();
});

describe("concurrent webhooks", () => {
  it("the same event twice and two different events for one session, all at once: confirmed once, charged once, one mail", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const { bookingId, sessionId } = await holdAndCheckout(db, t, launch.id, [1]);
    const completed = stripe.pay(sessionId);
    const twin = stripe.event("checkout.session.completed", completed.data.object);
    const answers = await Promise.all([completed, completed, twin, twin].map((e) => stripe.deliver(e)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect((await bookingRow(db, bookingId)).status).toBe("confirmed");
    expect((await paymentRows(db, bookingId)).filter((p) => p.kind === "charge")).toHaveLength(1);
    expect(await mailsTo(db, t.email, "booking_confirmed")).toHaveLength(1);
    expect(stripe.refunds).toHaveLength(0);
  });
});

describe("Idempotency-Key (Stripe)", () => {
  it("hold, checkout and cancel each retried concurrently: one booking, one session, one charge, one refund, one set of mails", async () => {
    const launch = await makeLaunch(db, { date: new Date(Date.now() + 400 * 24 * 3600 * 1000) });
    const t = await makeTraveler(db);
    const body = {
      launchId: launch.id,
      seatCount: 2,
      passengers: [
        { name: "A", email: "a@example.test", dateOfBirth: "1985-05-05" },
        { name: "B", email: "b@example.test", dateOfBirth: "1985-05-05" },
      ],
    };
    const holdKey = randomUUID();
    const holds = await Promise.all(
      [1, 2, 3].map(() => api.post(createBooking, t, { path: "/bookings", body, key: holdKey })),
    );
    expect(holds.map((h) => h.status)).toEqual([201, 201, 201]);
    const id = String(holds[0].body.id);
    expect(new Set(holds.map((h) => h.body.id))).toEqual(new Set([id]));
    const mine = await db.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.travelerId, t.id), eq(bookings.launchId, launch.id)));
    expect(mine).toHaveLength(1);

    const checkoutKey = randomUUID();
    const sessions = await Promise.all(
      [1, 2, 3].map(() =>
        api.post(checkout, t, { path: `/bookings/${id}/checkout`, key: checkoutKey, params: { id } }),
      ),
    );
    expect(sessions.map((s) => s.status)).toEqual([200, 200, 200]);
    const sessionId = String(sessions[0].body.sessionId);
    expect(new Set(sessions.map((s) => s.body.sessionId))).toEqual(new Set([sessionId]));
    expect(
      stripe.calls.filter((c) => c.path === "/v1/checkout/sessions" && c.body.client_reference_id === id),
    ).toHaveLength(1);
    // A retry without the key still gets the booking's one open session.
    const again = await api.post(checkout, t, { path: `/bookings/${id}/checkout`, params: { id } });
    expect(again.body.sessionId).toBe(sessionId);

    expect((await stripe.deliver(stripe.pay(sessionId))).status).toBe(200);
    expect((await bookingRow(db, id)).status).toBe("confirmed");

    const cancelKey = randomUUID();
    const cancels = await Promise.all(
      [1, 2, 3].map(() =>
        api.post(cancel, t, { path: `/bookings/${id}/cancel`, body: {}, key: cancelKey, params: { id } }),
      ),
    );
    expect(cancels.map((c) => [c.status, c.body.refundCents])).toEqual(Array(3).fill([200, 180_000]));
    const pi = stripe.sessions.get(sessionId)!.payment_intent!;
    expect(stripe.refunds.filter((r) => r.payment_intent === pi)).toHaveLength(1);
    const rows = await paymentRows(db, id);
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ["charge", "succeeded"],
      ["refund", "succeeded"],
    ]);
    expect(await mailsTo(db, t.email, "booking_confirmed")).toHaveLength(1);
    expect(await mailsTo(db, t.email, "booking_cancelled")).toHaveLength(1);
  });

  it("a card number in stripe mode → 422 that says to use checkout", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const answer = await api.post(createBooking, t, {
      path: "/bookings",
      body: { launchId: launch.id, seats: [1], payment: { cardNumber: CARD_OK } },
    });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toMatch(/checkout/i);
  });
});
