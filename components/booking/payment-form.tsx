"use client";

import Link from "next/link";
import { useCallback, useState, type ReactNode } from "react";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptRefundTermsSchema, cardNumberSchema } from "@/lib/bookings/schemas";
import { HoldCountdown } from "./hold-countdown";

const schema = z.object({ cardNumber: cardNumberSchema, acceptRefundTerms: acceptRefundTermsSchema });

type PayAction = (input: {
  bookingId: string;
  cardNumber: string;
  acceptRefundTerms: boolean;
}) => Promise<ActionResult<unknown>>;

/**
 * The payment step: the hold's countdown, the refund terms to accept, and the card number.
 * A declined card shows on the card field and keeps the hold: another card works until the
 * countdown ends.
 */
export function PaymentForm({
  bookingId,
  secondsLeft,
  amount,
  launchHref,
  refundTerms,
  payAction,
}: {
  bookingId: string;
  /** Seconds the hold has left by the server's clock when the page was rendered. */
  secondsLeft: number;
  amount: string;
  launchHref: string;
  /** The refund tiers for this launch's date, rendered by the page. */
  refundTerms: ReactNode;
  payAction: PayAction;
}) {
  const [expired, setExpired] = useState(false);
  const [finalError, setFinalError] = useState<string | null>(null);
  // An invalid card number is said on its field alone; a declined one also above the button.
  const [cardOnly, setCardOnly] = useState(false);
  const { register, errors, onSubmit, pending, formError } = useActionForm(schema, payAction, {
    defaultValues: { cardNumber: "", acceptRefundTerms: false },
    toInput: (values) => ({ bookingId, cardNumber: values.cardNumber, acceptRefundTerms: values.acceptRefundTerms }),
    onError: (result) => {
      // Invalid or declined: the hold stays, the traveler corrects the card or tries another.
      const onCard = Boolean(result.fieldErrors?.cardNumber);
      setCardOnly(onCard && !/declined/i.test(result.error));
      // The hold ran out (or the launch closed): these seats are gone.
      if (!onCard && /ran out|expired|no longer open/i.test(result.error)) setFinalError(result.error);
    },
  });
  const onExpire = useCallback(() => setExpired(true), []);
  const cardError = errors.cardNumber?.message;
  const termsError = errors.acceptRefundTerms?.message;

  if (finalError || expired) {
    return (
      <div className="space-y-4">
        <Alert tone="error">{finalError ?? "Your 10-minute hold ran out and the seats were released."}</Alert>
        <Link href={launchHref} className="inline-block text-sm font-medium text-brand-700 underline">
          Back to the launch to book again
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <p className="text-sm text-slate-700">
        Your seats are held for <HoldCountdown initialSeconds={secondsLeft} onExpire={onExpire} /> more.
      </p>
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">Refund terms</legend>
        {refundTerms}
        <label className="mt-3 flex items-start gap-2 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            className="mt-0.5 size-4"
            {...register("acceptRefundTerms")}
            {...describedBy("acceptRefundTerms", termsError)}
          />
          I have read the refund terms and accept them.
        </label>
        <p id="acceptRefundTerms-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {termsError}
        </p>
      </fieldset>
      <Field
        id="cardNumber"
        label="Card number"
        error={cardError}
        hint="Sandbox: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined."
      >
        <Input
          id="cardNumber"
          inputMode="numeric"
          autoComplete="cc-number"
          {...register("cardNumber")}
          {...describedBy("cardNumber", cardError)}
        />
      </Field>
      <FormError message={cardOnly ? undefined : formError.message} focus={formError.focus} />
      <Button type="submit" disabled={pending}>
        {pending ? "Paying…" : `Pay ${amount}`}
      </Button>
    </form>
  );
}
