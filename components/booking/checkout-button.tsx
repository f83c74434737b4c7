"use client";

import { useCallback, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";
import { HoldCountdown } from "./hold-countdown";

/**
 * Stripe mode's payment step: the hold's countdown, the refund terms to accept, and one
 * button to Stripe Checkout (no card field: card numbers never reach our server).
 */
export function CheckoutButton({
  bookingId,
  secondsLeft,
  amount,
  refundTerms,
  checkoutAction,
}: {
  bookingId: string;
  secondsLeft: number;
  amount: string;
  refundTerms: ReactNode;
  checkoutAction: (input: { bookingId: string; acceptRefundTerms: boolean }) => Promise<ActionResult<unknown>>;
}) {
  const [expired, setExpired] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [termsError, setTermsError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onExpire = useCallback(() => setExpired(true), []);
  if (expired) return <Alert tone="error">Your hold ran out and the seats were released.</Alert>;
  return (
    <form
      noValidate
      className="max-w-xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!accepted) {
          setTermsError("Accept the refund terms to pay.");
          document.getElementById("acceptRefundTerms")?.focus();
          return;
        }
        startTransition(async () => {
          const result = await checkoutAction({ bookingId, acceptRefundTerms: true });
          if (!result.ok) setError(result.error);
        });
      }}
    >
      <p className="text-sm text-slate-700">
        Your seats are held for <HoldCountdown initialSeconds={secondsLeft} onExpire={onExpire} /> more. You pay on
        Stripe&apos;s secure checkout page; once you open it, the hold lasts as long as that page does.
      </p>
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">Refund terms</legend>
        {refundTerms}
        <label className="mt-3 flex items-start gap-2 text-sm font-medium text-slate-900">
          <input
            id="acceptRefundTerms"
            type="checkbox"
            className="mt-0.5 size-4"
            checked={accepted}
            onChange={(e) => {
              setAccepted(e.target.checked);
              if (e.target.checked) setTermsError(undefined);
            }}
            {...describedBy("acceptRefundTerms", termsError)}
          />
          I have read the refund terms and accept them.
        </label>
        <p id="acceptRefundTerms-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {termsError}
        </p>
      </fieldset>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Opening checkout…" : `Pay ${amount} with Stripe`}
      </Button>
    </form>
  );
}
