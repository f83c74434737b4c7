import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityLog, bookingSeats, stripeEvents } from "@/db/schema";
import { cancelBooking } from "@/lib/bookings/cancel";
import { bookingView } from "@/lib/bookings/queries";
import { expireStaleHolds } from "@/lib/bookings/release";
import { bookAndPay, holdSeats, payBooking } from "@/lib/bookings/service";
import { withTransaction } from "@/lib/context";
import { launchNetRevenueCents } from "@/lib/finance/generate-invoices";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { paymentRefundsJob } from "@/lib/payments/refunds-job";
import { signPayload } from "@/scripts/stripe-stand-in/objects";
import type { StripeStandIn } from "@/scripts/stripe-stand-in/server";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_OK, insertConfirmedBooking, makeLaunch, makeTraveler } from "../bookings/fixtures";
import {
  agencyOwner,
  bookingRow,
  holdAndCheckout,
  mailsTo,
  paidBooking,
  paymentRows,
  useStripe,
  WEBHOOK_SECRET,
} from "./stripe-fixture";

// The Stripe provider through the official SDK and the local stand-in (port 3851).
let db: TestDb;
let stripe: StripeStandIn;
beforeAll(async () => {
  db = await createTestDb();
  stripe = await useStripe(() => db, 3851);
});
afterAll(async () => {
  await stripe?.close();
  await db?.destroy();
});

const DAY = 24 * 3600 * 1000;

describe("Stripe Checkout", () => {
  it("pay → webhook → confirmed, charged once, one confirmation mail; a redelivery changes nothing", async () => {
    const launch = await makeLaunch(db, { priceCents: 250_000 });
    const t = await makeTraveler(db);
    const before = Date.now();
    const { bookingId, sessionId, checkout } = await holdAndCheckout(db, t, launch.id, [1, 2]);

    // The amount and the booking come from the server; the hold lasts as long as the session.
    const session = stripe.sessions.get(sessionId)!;
    expect(session.amount_total).toBe(500_000);
    expect(session.metadata.bookingId).toBe(bookingId);
    expect(checkout.url).toBe(session.url);
    const create = stripe.calls.find((c) => c.path === "/v1/checkout/sessions")!;
    expect(create.idempotencyKey).toBe(`checkout-${bookingId}-1`);
    const held = await bookingRow(db, bookingId);
    expect(held.expiresAt!.getTime()).toBe(session.expires_at * 1000);
    expect(session.expires_at * 1000 - before).toBeGreaterThanOrEqual(30 * 60 * 1000);

    // Asking again returns the same open session, never a second payable one.
    const again = await holdAndCheckoutAgain(bookingId, t);
    expect(again).toBe(sessionId);

    const event = stripe.pay(sessionId);
    expect((await stripe.deliver(event)).status).toBe(200);
    const booking = await bookingView(db.ctx(t), bookingId);
    expect(booking.status).toBe("confirmed");
    const charges = (await paymentRows(db, bookingId)).filter((p) => p.kind === "charge");
    expect(charges).toMatchObject([{ status: "succeeded", amountCents: 500_000, provider: "stripe" }]);
    expect(await mailsTo(db, t.email, "booking_confirmed")).toHaveLength(1);

    const replay = await stripe.deliver(event);
    expect(replay.status).toBe(200);
    expect(JSON.parse(replay.body)).toMatchObject({ duplicate: true });
    expect((await paymentRows(db, bookingId)).filter((p) => p.kind === "charge")).toHaveLength(1);
    expect(await mailsTo(db, t.email, "booking_confirmed")).toHaveLength(1);
  });

  it("a bad, missing or stale signature → 400 and nothing changes", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const { bookingId, sessionId } = await holdAndCheckout(db, t, launch.id, [1]);
    const event = stripe.pay(sessionId);
    expect((await stripe.deliver(event, { secret: "whsec_wrong" })).status).toBe(400);
    expect((await stripe.deliver(event, { signature: "" })).status).toBe(400);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 360;
    expect((await stripe.deliver(event, { timestamp: sixMinutesAgo })).status).toBe(400);
    // A signature made for another body (the amount altered) does not verify this one.
    const forged = JSON.stringify(event).replace(/"amount_total":\d+/, `"amount_total":1`);
    expect((await stripe.deliver(event, { signature: signPayload(forged, WEBHOOK_SECRET) })).status).toBe(400);

    expect((await bookingRow(db, bookingId)).status).toBe("held");
    expect(await paymentRows(db, bookingId)).toHaveLength(0);
    expect(await db.db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id))).toHaveLength(0);
    // The genuine delivery still works afterwards.
    expect((await stripe.deliver(event)).status).toBe(200);
    expect((await bookingRow(db, bookingId)).status).toBe("confirmed");
  });

  it("a payment completed after the hold expired and the seat was sold: refunded in full, the other keeps the seat", async () => {
    const launch = await makeLaunch(db, { priceCents: 120_000 });
    const late = await makeTraveler(db);
    const other = await makeTraveler(db);
    const { bookingId, sessionId } = await holdAndCheckout(db, late, launch.id, [3]);
    const held = await bookingRow(db, bookingId);
    const after = new Date(held.expiresAt!.getTime() + 1000);
    await withTransaction(db.ctx(null, after), (tx) => expireStaleHolds(tx));
    const taken = await holdSeats(db.ctx(other, after), { launchId: launch.id, seats: [3] });

    expect((await stripe.deliver(stripe.pay(sessionId))).status).toBe(200);
    expect((await bookingRow(db, bookingId)).status).toBe("expired");
    const pi = stripe.sessions.get(sessionId)!.payment_intent!;
    expect(stripe.refunds.filter((r) => r.payment_intent === pi)).toMatchObject([{ amount: 120_000 }]);
    const rows = await paymentRows(db, bookingId);
    expect(rows.map((r) => [r.kind, r.status, r.amountCents])).toEqual([
      ["charge", "succeeded", 120_000],
      ["refund", "succeeded", 120_000],
    ]);
    expect(await mailsTo(db, late.email, "payment_refunded")).toHaveLength(1);
    expect(await mailsTo(db, late.email, "booking_confirmed")).toHaveLength(0);
    const seat = await db.db.select().from(bookingSeats).where(eq(bookingSeats.bookingId, taken.id));
    expect(seat).toMatchObject([{ seatNumber: 3, live: true }]);
    // Revenue: the charge and its refund cancel out.
    expect(await launchNetRevenueCents(db.ctx(), launch.id)).toBe(0);
  });

  it("checkout.session.expired releases the hold; a completed event arriving after it is refunded", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const { bookingId, sessionId } = await holdAndCheckout(db, t, launch.id, [5]);
    const expired = stripe.event("checkout.session.expired", { ...stripe.sessions.get(sessionId)!, status: "expired" });
    const completed = stripe.pay(sessionId);
    // Out of order: the expiry is delivered first.
    expect((await stripe.deliver(expired)).status).toBe(200);
    expect((await bookingRow(db, bookingId)).status).toBe("expired");
    expect((await stripe.deliver(completed)).status).toBe(200);
    expect((await bookingRow(db, bookingId)).status).toBe("expired");
    expect((await paymentRows(db, bookingId)).map((r) => [r.kind, r.status])).toEqual([
      ["charge", "succeeded"],
      ["refund", "succeeded"],
    ]);
  });

  it("an expiry delivered after the payment changes nothing", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const { bookingId, sessionId } = await paidBooking(db, stripe, t, launch.id, [1]);
    const expired = stripe.event("checkout.session.expired", { ...stripe.sessions.get(sessionId)!, status: "expired" });
    expect((await stripe.deliver(expired)).status).toBe(200);
    expect((await bookingRow(db, bookingId)).status).toBe("confirmed");
  });
});

async function holdAndCheckoutAgain(bookingId: string, t: Parameters<typeof db.ctx>[0]) {
  const { startCheckout } = await import("@/lib/bookings/checkout");
  return (await startCheckout(db.ctx(t), bookingId)).sessionId;
}

describe("refunds through Stripe", () => {
  it("cancel 200 days out → one 70 % refund call with the booking's idempotency key; a second cancel refunds nothing", async () => {
    const launch = await makeLaunch(db, { priceCents: 100_000, date: new Date(Date.now() + 200 * DAY) });
    const t = await makeTraveler(db);
    const { bookingId, paymentIntent } = await paidBooking(db, stripe, t, launch.id, [1, 2]);
    const cancelled = await cancelBooking(db.ctx(t), bookingId);
    expect(cancelled).toMatchObject({ status: "cancelled", refundPercent: 70, refundCents: 140_000 });
    const calls = stripe.calls.filter((c) => c.path === "/v1/refunds" && c.body.payment_intent === paymentIntent);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ idempotencyKey: `refund-booking-${bookingId}`, body: { amount: "140000" } });
    await expect(cancelBooking(db.ctx(t), bookingId)).rejects.toMatchObject({ code: "conflict" });
    expect(stripe.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
    expect(await launchNetRevenueCents(db.ctx(), launch.id)).toBe(60_000);
  });

  it("a refund call that fails twice then succeeds: one refund, shown only once Stripe accepted it", async () => {
    const launch = await makeLaunch(db, { priceCents: 100_000, date: new Date(Date.now() + 400 * DAY) });
    const t = await makeTraveler(db);
    const { bookingId, paymentIntent } = await paidBooking(db, stripe, t, launch.id, [1]);
    stripe.failNext(/^POST \/v1\/refunds$/, 2);
    const now = Date.now();
    const cancelled = await cancelBooking(db.ctx(t, new Date(now)), bookingId);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.refundCents).toBeUndefined();
    expect(cancelled.pendingRefund).toMatchObject({ amountCents: 90_000, attempts: 1 });
    expect(cancelled.pendingRefund!.lastError).toContain("500");

    // Before its backoff the job leaves it alone; after it, it tries (fails), then succeeds.
    await paymentRefundsJob(db.ctx(null, new Date(now + 5_000)));
    expect((await bookingView(db.ctx(t), bookingId)).pendingRefund!.attempts).toBe(1);
    await paymentRefundsJob(db.ctx(null, new Date(now + 31_000)));
    expect((await bookingView(db.ctx(t), bookingId)).pendingRefund!.attempts).toBe(2);
    await paymentRefundsJob(db.ctx(null, new Date(now + 31_000 + 121_000)));
    const done = await bookingView(db.ctx(t), bookingId);
    expect(done.refundCents).toBe(90_000);
    expect(done.pendingRefund).toBeUndefined();
    await paymentRefundsJob(db.ctx(null, new Date(now + DAY)));

    const keys = stripe.calls.filter((c) => c.path === "/v1/refunds" && c.body.payment_intent === paymentIntent);
    expect(keys.map((c) => c.idempotencyKey)).toEqual(Array(3).fill(`refund-booking-${bookingId}`));
    expect(stripe.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
    const refunds = (await paymentRows(db, bookingId)).filter((p) => p.kind === "refund");
    expect(refunds).toMatchObject([{ status: "succeeded", amountCents: 90_000, attempts: 2 }]);
    const failures = await db.db.select().from(activityLog).where(eq(activityLog.event, "payment.refund_failed"));
    expect(failures.filter((f) => (f.details as { bookingId?: string }).bookingId === bookingId)).toHaveLength(2);
  });

  it("an abort refunds every Stripe-paid booking in full (and a sandbox-paid one through the sandbox)", async () => {
    const launch = await makeLaunch(db, { priceCents: 80_000 });
    const a = await paidBooking(db, stripe, await makeTraveler(db), launch.id, [1]);
    const b = await paidBooking(db, stripe, await makeTraveler(db), launch.id, [2, 3]);
    const sandboxPaid = await insertConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: (await makeTraveler(db)).id,
      seats: [4],
      amountCents: 80_000,
    });
    await changeLaunchStatus(db.ctx(await agencyOwner(db, launch.agencyId)), launch.id, {
      status: "aborted",
      reason: "Weather",
    });
    for (const [p, amount] of [
      [a, 80_000],
      [b, 160_000],
    ] as const) {
      expect(stripe.refunds.filter((r) => r.payment_intent === p.paymentIntent)).toMatchObject([{ amount }]);
      expect(await bookingRow(db, p.bookingId)).toMatchObject({ status: "cancelled", refundCents: amount });
    }
    const sandboxRefund = (await paymentRows(db, sandboxPaid.id)).filter((r) => r.kind === "refund");
    expect(sandboxRefund).toMatchObject([{ provider: "sandbox", amountCents: 80_000, status: "succeeded" }]);
    expect(await launchNetRevenueCents(db.ctx(), launch.id)).toBe(0);
  });

  it("charge.refunded records a refund made in Stripe's dashboard, once, in the launch's revenue", async () => {
    const launch = await makeLaunch(db, { priceCents: 100_000 });
    const t = await makeTraveler(db);
    const { bookingId, paymentIntent } = await paidBooking(db, stripe, t, launch.id, [1]);
    const event = stripe.dashboardRefund(paymentIntent, 25_000);
    expect((await stripe.deliver(event)).status).toBe(200);
    expect((await stripe.deliver(event)).status).toBe(200);
    const refunds = (await paymentRows(db, bookingId)).filter((p) => p.kind === "refund");
    expect(refunds).toMatchObject([{ status: "succeeded", amountCents: 25_000, reason: "dashboard" }]);
    expect((await bookingRow(db, bookingId)).refundCents).toBe(25_000);
    expect(await launchNetRevenueCents(db.ctx(), launch.id)).toBe(75_000);
  });
});

describe("secrets", () => {
  it("the secret key never reaches the activity log, even after failed Stripe calls", async () => {
    const { sql } = await import("drizzle-orm");
    const leaks = await db.db
      .select({ id: activityLog.id })
      .from(activityLog)
      .where(sql`${activityLog.message} like '%sk_test%' or ${activityLog.details}::text like '%sk_test%'`);
    expect(await db.db.select({ id: activityLog.id }).from(activityLog)).not.toHaveLength(0);
    expect(leaks).toEqual([]);
  });
});

describe("no card numbers in stripe mode", () => {
  it("the API refuses payment.cardNumber with a 422 that says to use checkout, holding nothing", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    await expect(bookAndPay(db.ctx(t), { launchId: launch.id, seats: [1], cardNumber: CARD_OK })).rejects.toMatchObject(
      {
        code: "validation_failed",
        fieldErrors: { "payment.cardNumber": [expect.stringContaining("Checkout")] },
      },
    );
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seats: [1] });
    await expect(payBooking(db.ctx(t), held.id, CARD_OK)).rejects.toMatchObject({ code: "validation_failed" });
    expect((await bookingRow(db, held.id)).status).toBe("held");
  });
});
