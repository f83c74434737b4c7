"use client";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * One button that runs a server action on one row (revoke, deactivate…), announces the
 * failure next to it, and leaves the page refresh to the action's revalidatePath.
 */
export function RowActionButton({
  action,
  id,
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: (input: { id: string }) => Promise<ActionResult<unknown>>;
  id: string;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        disabled={pending}
        className="px-3 py-1"
        onClick={() =>
          startTransition(async () => {
            setError(undefined);
            const result = await action({ id });
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? pendingLabel : label}
      </Button>
      <span role="status" className="text-xs text-red-700">
        {error}
      </span>
    </span>
  );
}
