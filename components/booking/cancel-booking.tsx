"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

const WORDING = {
  cancel: {
    open: "Cancel this booking…",
    group: "Confirm cancellation",
    confirm: "Yes, cancel the booking",
    pending: "Cancelling…",
    keep: "Keep my booking",
  },
  // Cancel on a held booking releases it: nothing was paid, nothing is refunded.
  release: {
    open: "Release seats…",
    group: "Confirm releasing the seats",
    confirm: "Yes, release the seats",
    pending: "Releasing…",
    keep: "Keep my hold",
  },
} as const;

/**
 * Shows the refund first, then asks for confirmation before cancelling. As `release`, for
 * a held booking: says that the seats go back at once and nothing is charged or refunded.
 */
export function CancelBooking({
  bookingId,
  refundPercent,
  refundText,
  cancelAction,
  variant = "cancel",
}: {
  bookingId: string;
  /** The percentage shown; the server refuses to cancel at a different one. */
  refundPercent: number;
  refundText: string;
  cancelAction: (input: { bookingId: string; expectedRefundPercent: number }) => Promise<ActionResult<unknown>>;
  variant?: keyof typeof WORDING;
}) {
  const words = WORDING[variant];
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {words.open}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={words.group} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      <p className="text-sm text-red-900">
        {variant === "release" ? (
          <>
            Seats <strong>{refundText}</strong> go back on sale at once. Nothing was charged, so nothing is refunded.
            This cannot be undone.
          </>
        ) : (
          <>
            If you cancel now you get back <strong>{refundText}</strong>. Your seats will be released. This cannot be
            undone.
          </>
        )}
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
          {pending ? words.pending : words.confirm}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          {words.keep}
        </Button>
      </div>
    </div>
  );
}
