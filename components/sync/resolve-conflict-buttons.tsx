"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { resolveConflictAction } from "@/app/it/sync/actions";

const QUESTIONS = {
  keep_target: "Keep the target's version of this row? Later syncs will treat it as the synced version.",
  overwrite: "Overwrite the target's row with the primary's current version?",
} as const;

export function ResolveConflictButtons({ conflictId }: { conflictId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const resolve = (resolution: "keep_target" | "overwrite") => {
    if (!window.confirm(QUESTIONS[resolution])) return;
    startTransition(async () => {
      const result = await resolveConflictAction({ conflictId, resolution });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" disabled={pending} onClick={() => resolve("keep_target")}>
        Keep target
      </Button>
      <Button variant="danger" disabled={pending} onClick={() => resolve("overwrite")}>
        Overwrite from primary
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
