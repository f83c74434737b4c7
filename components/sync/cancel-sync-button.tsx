"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cancelSyncAction } from "@/app/it/sync/actions";

/** Cancels a queued or running job after a confirmation. */
export function CancelSyncButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const onClick = () => {
    if (!window.confirm("Cancel this sync? Batches already applied stay applied.")) return;
    startTransition(async () => {
      const result = await cancelSyncAction({ jobId });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={onClick} disabled={pending}>
        {pending ? "Cancelling…" : "Cancel sync"}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
