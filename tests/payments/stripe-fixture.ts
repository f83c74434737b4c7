import { and, eq } from "drizzle-orm";
import { agencies, bookings, notifications, payments, users } from "@/db/schema";
import { startCheckout } from "@/lib/bookings/checkout";
import { holdSeats } from "@/lib/bookings/hold";
import type { Actor } from "@/lib/context";
import { isDomainError } from "@/lib/errors";
import { PROBLEMS } from "@/lib/http/problem";
import { handleStripeWebhook } from "@/lib/payments/stripe/webhook";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/server";
import type { TestDb } from "../helpers/test-db";
import { pax } from "../bookings/fixtures";

export const WEBHOOK_SECRET = "whsec_test_astrobookings";

/**
 * The app in stripe mode against the stand-in on `port`: the real SDK makes every call, and
 * the stand-in's webhooks go to the webhook service (as the route handler calls it), answering
 * with the status the route would. Call before anything reads the environment.
 */
export async function useStripe(db: () => TestDb, port: number): Promise<StripeStandIn> {
  const standIn = await startStripeStandIn({
    port,
    webhookSecret: WEBHOOK_SECRET,
    autoDeliver: false,
    webhook: async (payload, signature) => {
      try {
        const answer = await handleStripeWebhook(db().ctx(), payload, signature);
        return { status: 200, body: JSON.stringify(answer) };
      } catch (error) {
        if (isDomainError(error)) return { status: PROBLEMS[error.code].status, body: error.message };
        throw error;
      }
    },
  });
  Object.assign(process.env, {
    PAYMENT_PROVIDER: "stripe",
    STRIPE_SECRET_KEY: "sk_test_stand_in",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: standIn.url,
  });
  return standIn;
}

/** Holds `seats` and starts Checkout: the booking id and its session id. */
export async function holdAndCheckout(
  db: TestDb,
  traveler: Actor,
  launchId: string,
  seats: number[],
  now = new Date(),
) {
  const held = await holdSeats(db.ctx(traveler, now), { launchId, seats, passengers: pax(seats.length) });
  const checkout = await startCheckout(db.ctx(traveler, now), held.id);
  return { bookingId: held.id, sessionId: checkout.sessionId, checkout };
}

/** A booking paid through Checkout and confirmed by the webhook; the payment intent's id. */
export async function paidBooking(
  db: TestDb,
  standIn: StripeStandIn,
  traveler: Actor,
  launchId: string,
  seats: number[],
) {
  const { bookingId, sessionId } = await holdAndCheckout(db, traveler, launchId, seats);
  const delivered = await standIn.deliver(standIn.pay(sessionId));
  if (delivered.status !== 200) throw new Error(`webhook answered ${delivered.status}: ${delivered.body}`);
  const paymentIntent = standIn.sessions.get(sessionId)!.payment_intent!;
  return { bookingId, sessionId, paymentIntent };
}

export async function bookingRow(db: TestDb, id: string) {
  const [row] = await db.db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

export async function paymentRows(db: TestDb, bookingId: string) {
  return db.db.select().from(payments).where(eq(payments.bookingId, bookingId)).orderBy(payments.createdAt);
}

export async function mailsTo(db: TestDb, email: string, template: string) {
  return db.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipient, email.toLowerCase()), eq(notifications.template, template)));
}

/** The agency user who owns a launch's agency (for status changes). */
export async function agencyOwner(db: TestDb, agencyId: string): Promise<Actor> {
  const [u] = await db.db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(agencies)
    .innerJoin(users, eq(users.id, agencies.userId))
    .where(eq(agencies.id, agencyId));
  return { ...u, role: "agency" };
}
