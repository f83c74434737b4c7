"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { retryNotificationAction } from "./actions";

/** "Retry" (same recipient) and "Edit recipient and resend" on a failed notification. */
export function RetryNotification({ id, recipient }: { id: string; recipient: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [address, setAddress] = useState(recipient);
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (to?: string) =>
    startTransition(async () => {
      setError(undefined);
      setFieldError(undefined);
      const result = await retryNotificationAction({ id, ...(to ? { recipient: to } : {}) });
      if (!result.ok) {
        setError(result.error);
        setFieldError(result.fieldErrors?.recipient?.[0]);
        return;
      }
      setEditing(false);
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {editing ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(address);
          }}
        >
          <Field id="retry-recipient" label="New recipient" error={fieldError}>
            <Input
              id="retry-recipient"
              type="email"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby="retry-recipient-error"
            />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Resend to this address"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button disabled={pending} onClick={() => run()}>
            {pending ? "Queuing…" : "Retry"}
          </Button>
          <Button variant="secondary" disabled={pending} onClick={() => setEditing(true)}>
            Edit recipient and resend
          </Button>
        </div>
      )}
      <p className="text-xs text-slate-600">
        Retry puts it back in the queue now; its attempts are kept, so one more failure marks it failed again.
      </p>
    </div>
  );
}
