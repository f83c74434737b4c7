import { createHmac, randomBytes } from "node:crypto";

// The few Stripe objects the app uses, in Stripe's JSON shapes (the fields the SDK and the
// app read, plus the usual neighbours).

export const newId = (prefix: string): string => `${prefix}_test_${randomBytes(12).toString("hex")}`;
export const unixNow = (): number => Math.floor(Date.now() / 1000);

export interface CheckoutSession {
  id: string;
  object: "checkout.session";
  mode: "payment";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  expires_at: number;
  created: number;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  livemode: false;
  line_items_summary: { name: string; amount: number; quantity: number }[];
}

export interface Charge {
  id: string;
  object: "charge";
  amount: number;
  amount_refunded: number;
  refunded: boolean;
  currency: string;
  payment_intent: string;
  status: "succeeded";
  metadata: Record<string, string>;
  created: number;
  livemode: false;
}

export interface Refund {
  id: string;
  object: "refund";
  amount: number;
  charge: string;
  payment_intent: string;
  currency: string;
  status: "succeeded";
  metadata: Record<string, string>;
  reason: string | null;
  created: number;
}

export interface StripeEvent {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  type: string;
  data: { object: unknown };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
}

export function makeEvent(type: string, object: unknown): StripeEvent {
  return {
    id: newId("evt"),
    object: "event",
    api_version: "2026-10-28.endive",
    created: unixNow(),
    type,
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

/** `Stripe-Signature` as Stripe computes it: `t=<unix>,v1=HMAC-SHA256(secret, "<t>.<payload>")`. */
export function signPayload(payload: string, secret: string, timestamp = unixNow()): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

export function stripeError(status: number, type: string, message: string, code?: string) {
  return { status, body: { error: { type, message, ...(code ? { code } : {}) } } };
}
