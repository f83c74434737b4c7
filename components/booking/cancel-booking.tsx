"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Shows the refund first, then asks for confirmation before cancelling. */
export function CancelBooking({
  bookingId,
  refundPercent,
  refundText,
  cancelAction,
}: {
  bookingId: string;
  /** The percentage shown; the server refuses to cancel at a different one. */
  refundPercent: number;
  refundText: string;
  cancelAction: (input: { bookingId: string; expectedRefundPercent: number }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
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
    <div
      role="group"
      aria-label="Confirm cancellation"
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4"
    >
      <p className="text-sm text-red-900">
        If you cancel now you get back <strong>{refundText}</strong>. Your seats will be released. This cannot be
        undone.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await cancelAction({ bookingId, expectedRefundPercent: refundPercent });
              if (!result.ok) {
                setError(result.error);
                // The quote may have changed (a day boundary passed): show the new one.
                router.refresh();
              }
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
