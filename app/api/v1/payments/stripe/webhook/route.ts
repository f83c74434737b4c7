import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { handleStripeWebhook } from "@/lib/payments/stripe/webhook";
import { stripeWebhooksEnabled } from "@/lib/payments/stripe/client";
import { DomainError } from "@/lib/errors";

// Stripe calls this; the signature (not a bearer token) proves who is calling. The body is
// read raw: the signature covers the exact bytes Stripe sent.
export const POST = apiHandler({ access: "public" }, async ({ ctx, request }) => {
  if (!stripeWebhooksEnabled()) throw new DomainError("not_found", "Stripe webhooks are not configured here.");
  return handleStripeWebhook(ctx, await request.text(), request.headers.get("stripe-signature"));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
