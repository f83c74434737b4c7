"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { retryNotificationSchema, type RetryNotificationInput } from "@/lib/notifications/schemas";
import { retryNotificationAction } from "./actions";

/** "Retry" (same recipient) and "Edit recipient and resend" on a failed notification. */
export function RetryNotification({ id, recipient }: { id: string; recipient: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { register, errors, onSubmit, run, pending, formError } = useActionForm(
    retryNotificationSchema,
    (input: RetryNotificationInput) => retryNotificationAction({ id, ...input }),
    {
      defaultValues: { recipient },
      onSuccess: () => {
        setEditing(false);
        router.refresh();
      },
    },
  );
  const fieldError = errors.recipient?.message;
  return (
    <div className="space-y-3">
      <FormError {...formError} />
      {editing ? (
        <form className="space-y-3" onSubmit={onSubmit} noValidate aria-label="Edit recipient and resend">
          <Field id="retry-recipient" label="New recipient" error={fieldError}>
            <Input
              id="retry-recipient"
              type="email"
              {...register("recipient")}
              {...describedBy("retry-recipient", fieldError)}
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
          <Button disabled={pending} onClick={() => run({})}>
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
