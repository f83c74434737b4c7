"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ManualTarget } from "@/lib/notifications/rules";
import { changeNotificationAction } from "./actions";

const WORDS: Record<ManualTarget, { button: string; question: string; confirm: string }> = {
  sent: {
    button: "Mark as sent",
    question: "Mark this notification as sent? The dispatcher will not send it.",
    confirm: "Yes, mark as sent",
  },
  deleted: {
    button: "Delete",
    question: "Delete this notification? It will never be sent; the row stays for the record.",
    confirm: "Yes, delete it",
  },
};

/** Mark sent / delete, each behind a confirmation step. */
export function ManualChange({ id }: { id: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState<ManualTarget | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (status: ManualTarget) =>
    startTransition(async () => {
      setError(undefined);
      const result = await changeNotificationAction({ id, status });
      if (!result.ok) setError(result.error);
      setAsking(null);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {asking ? (
        <div
          role="group"
          aria-label="Confirm the change"
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p className="mb-3 text-sm text-amber-900">{WORDS[asking].question}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant={asking === "deleted" ? "danger" : "primary"}
              disabled={pending}
              onClick={() => run(asking)}
            >
              {pending ? "Saving…" : WORDS[asking].confirm}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setAsking("sent")}>
            {WORDS.sent.button}
          </Button>
          <Button variant="danger" onClick={() => setAsking("deleted")}>
            {WORDS.deleted.button}
          </Button>
        </div>
      )}
    </div>
  );
}
