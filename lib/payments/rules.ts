// The numbers of real payments: checkout expiry, webhook freshness, refund retries, request keys.
// Pure: no I/O, no clock (the caller passes `now`).

const MINUTE_MS = 60 * 1000;

/**
 * A Checkout Session lives this long, and the hold is extended to match. Stripe refuses an
 * `expires_at` less than 30 minutes after its own clock reads the request: one minute more
 * covers the round trip and a clock a little ahead of ours.
 */
export const CHECKOUT_EXPIRY_MINUTES = 31;

export function checkoutExpiresAt(now: Date): Date {
  return new Date(now.getTime() + CHECKOUT_EXPIRY_MINUTES * MINUTE_MS);
}

/** A signed webhook older than this is refused (a replayed capture of a real one). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** Seconds before the next attempt after `attempts` failed refund calls: 30 s, 2 min, 10 min, then hourly. */
export const REFUND_RETRY_BACKOFF_SECONDS = [30, 120, 600, 3600] as const;

export function refundRetryDelaySeconds(attempts: number): number {
  const i = Math.min(Math.max(attempts, 1), REFUND_RETRY_BACKOFF_SECONDS.length) - 1;
  return REFUND_RETRY_BACKOFF_SECONDS[i];
}

/** While one caller sends a refund, others leave it alone this long (then a dead caller's refund is retried). */
export const REFUND_CLAIM_SECONDS = 60;
/** Pending refunds one job run sends. */
export const REFUND_BATCH_SIZE = 20;

/** The provider key of a booking's cancellation (or abort) refund: one per booking, ever. */
export const cancellationRefundKey = (bookingId: string): string => `refund-booking-${bookingId}`;
/** The key of the full refund of a payment that arrived for seats no longer held: one per payment. */
export const unheldPaymentRefundKey = (paymentRef: string): string => `refund-payment-${paymentRef}`;
/** The key of a booking's n-th Checkout Session: a retried create returns the same session. */
export const checkoutKey = (bookingId: string, attempt: number): string => `checkout-${bookingId}-${attempt}`;

/** `Idempotency-Key` answers are kept (and honoured) this long. */
export const IDEMPOTENCY_KEY_HOURS = 24;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

export function idempotencyKeyExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= IDEMPOTENCY_KEY_HOURS * 60 * MINUTE_MS;
}
