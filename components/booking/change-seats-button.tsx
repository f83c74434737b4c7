"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * Releases the hold and goes back to the launch page with the same seats picked. Without the
 * release the traveler's own hold would keep those seats taken (and count against his holds).
 */
export function ChangeSeatsButton({
  bookingId,
  changeSeatsAction,
}: {
  bookingId: string;
  changeSeatsAction: (input: { bookingId: string }) => Promise<ActionResult<unknown>>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await changeSeatsAction({ bookingId });
            if (result && !result.ok) setError(result.error);
          })
        }
        className="text-sm font-medium text-brand-700 underline disabled:opacity-60"
      >
        {pending ? "Releasing your seats…" : "Change seats"}
      </button>
      <p className="text-xs text-slate-600">Your seats are released and picked again on the launch page.</p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
