"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useCallback, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";
import { cardNumberSchema } from "@/lib/bookings/schemas";
import { HoldCountdown } from "./hold-countdown";

const schema = z.object({ cardNumber: cardNumberSchema });
type Values = z.infer<typeof schema>;

/** The payment step: the hold's countdown and the card number. */
export function PaymentForm({
  bookingId,
  secondsLeft,
  amount,
  launchHref,
  payAction,
}: {
  bookingId: string;
  /** Seconds the hold has left by the server's clock when the page was rendered. */
  secondsLeft: number;
  amount: string;
  launchHref: string;
  payAction: (input: { bookingId: string; cardNumber: string }) => Promise<ActionResult<unknown>>;
}) {
  const [expired, setExpired] = useState(false);
  const [finalError, setFinalError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { cardNumber: "" } });
  const onExpire = useCallback(() => setExpired(true), []);
  const cardError = form.formState.errors.cardNumber?.message;

  const submit = form.handleSubmit((values) => {
    setError(null);
    startTransition(async () => {
      const result = await payAction({ bookingId, cardNumber: values.cardNumber });
      if (result.ok) return;
      if (result.fieldErrors?.cardNumber) {
        form.setError("cardNumber", { type: "server", message: result.fieldErrors.cardNumber[0] });
        return;
      }
      // Declined or expired: the seats are released, this hold is over.
      if (/declined|ran out|expired/i.test(result.error)) setFinalError(result.error);
      else setError(result.error);
    });
  });

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
    <form onSubmit={submit} noValidate className="max-w-md space-y-4">
      <p className="text-sm text-slate-700">
        Your seats are held for <HoldCountdown initialSeconds={secondsLeft} onExpire={onExpire} /> more.
      </p>
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
          {...form.register("cardNumber")}
          {...describedBy("cardNumber", cardError)}
        />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Paying…" : `Pay ${amount}`}
      </Button>
    </form>
  );
}
