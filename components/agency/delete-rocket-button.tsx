"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Delete with an explicit confirmation step; the refusal (launches on it) is shown as it comes. */
export function DeleteRocketButton({
  id,
  name,
  remove,
}: {
  id: string;
  name: string;
  remove: (input: { id: string }) => Promise<ActionResult<void>>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Delete ${name}`}>
        Delete
      </Button>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-800">Delete {name}? This cannot be undone.</p>
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await remove({ id });
              if (!result.ok) setError(result.error);
            })
          }
        >
          {pending ? "Deleting…" : "Yes, delete"}
        </Button>
        <Button variant="secondary" onClick={() => (setConfirming(false), setError(undefined))}>
          Keep it
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
