"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Shows the refund first, then asks for confirmation before cancelling. */
export function CancelBooking({
  bookingId,
  refundText,
  cancelAction,
}: {
  bookingId: string;
  refundText: string;
  cancelAction: (input: { bookingId: string }) => Promise<ActionResult<unknown>>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Cancel this booking…
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Confirm cancellation" className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      <p className="text-sm text-red-900">
        If you cancel now you get back <strong>{refundText}</strong>. Your seats will be released. This cannot be undone.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await cancelAction({ bookingId });
              if (!result.ok) setError(result.error);
            })
          }
        >
          {pending ? "Cancelling…" : "Yes, cancel the booking"}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          Keep my booking
        </Button>
      </div>
    </div>
  );
}
