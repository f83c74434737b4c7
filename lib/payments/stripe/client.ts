import "server-only";
import Stripe from "stripe";
import { getEnv, stripeApiTarget } from "@/lib/env";
import { DomainError } from "@/lib/errors";

let cached: { key: string; client: Stripe } | undefined;

/** The official SDK, pointed at STRIPE_API_BASE when set (else api.stripe.com). */
export function stripeClient(): Stripe {
  const env = getEnv();
  const key = env.STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set (PAYMENT_PROVIDER=stripe needs it).");
  if (cached?.key !== key) {
    cached = {
      key,
      client: new Stripe(key, {
        ...stripeApiTarget(env.STRIPE_API_BASE),
        // Our own jobs retry (with backoff and the same idempotency key); the SDK does not.
        maxNetworkRetries: 0,
        timeout: 20_000,
        appInfo: { name: "AstroBookings" },
      }),
    };
  }
  return cached.client;
}

export function webhookSecret(): string {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set (PAYMENT_PROVIDER=stripe needs it).");
  return secret;
}

/** One line for logs and the booking's refund status: never the request, never a key. */
export function stripeErrorText(error: unknown): string {
  if (error instanceof Stripe.errors.StripeError)
    return `${error.type}${error.statusCode ? ` (${error.statusCode})` : ""}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs a Stripe call; a failure to reach Stripe (or a 5xx) becomes a clean 503 for the caller. */
export async function callStripe<T>(call: (stripe: Stripe) => Promise<T>): Promise<T> {
  try {
    return await call(stripeClient());
  } catch (error) {
    if (
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError
    ) {
      throw new DomainError(
        "provider_unavailable",
        "The payment service did not answer. Nothing was charged; try again in a minute.",
        undefined,
        30,
      );
    }
    throw error;
  }
}

/** Whether this installation takes Stripe webhooks (a webhook secret and a key are configured). */
export function stripeWebhooksEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.STRIPE_WEBHOOK_SECRET && env.STRIPE_SECRET_KEY);
}
