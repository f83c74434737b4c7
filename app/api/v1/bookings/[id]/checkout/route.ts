import { apiHandler } from "@/lib/http/api-handler";
import { checkoutSchema } from "@/lib/bookings/schemas";
import { startCheckout } from "@/lib/bookings/service";
import { idempotent } from "@/lib/http/idempotency";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

// Stripe only: a Checkout Session for a held booking; the webhook confirms it once paid.
export const POST = apiHandler(
  { access: ["traveler"], params: idParams, body: checkoutSchema },
  ({ ctx, params, body, request }) =>
    idempotent({ ctx, request, body }, (ctx) =>
      startCheckout(ctx, params.id, { acceptedRefundTerms: body.acceptRefundTerms === true }),
    ),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
