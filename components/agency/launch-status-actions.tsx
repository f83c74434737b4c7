"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { MIN_LEAD_HOURS } from "@/lib/launches/rules";
import { changeStatusSchema, type ChangeStatusFormValues } from "@/lib/launches/schemas";
import { localInputToIso } from "@/lib/time";

type Change = (input: ChangeStatusFormValues & { launchId: string }) => Promise<ActionResult<{ status: string }>>;

/**
 * The status actions the machine allows now: delay (new date, confirmed after saying how many
 * travelers are told), successful / failed (after the date), and abort (before it) in a danger
 * zone, confirmed by typing the launch's name.
 */
export function LaunchStatusActions({
  launchId,
  launchName,
  launched,
  travelersToNotify,
  change,
}: {
  launchId: string;
  launchName: string;
  launched: boolean;
  /** Travelers with a confirmed booking: each change mails them (and the agency). */
  travelersToNotify: number;
  change: Change;
}) {
  const router = useRouter();
  const [confirmAbort, setConfirmAbort] = useState(false);
  const [confirmDelay, setConfirmDelay] = useState(false);
  const [typedName, setTypedName] = useState("");
  const [abortReason, setAbortReason] = useState("");
  // The delay form, and the buttons (abort, outcome) that send their status through the same action.
  const delay = useActionForm(changeStatusSchema, (input: ChangeStatusFormValues) => change({ ...input, launchId }), {
    defaultValues: { status: "delayed", date: "", reason: "" },
    before: (_values, form) => {
      if (!form.getValues().date) {
        form.setError("date", { message: "Enter the new launch date." }, { shouldFocus: true });
        return false;
      }
      // First submit: say who is told; the second (the confirmation's button) delays.
      if (!confirmDelay) {
        setConfirmDelay(true);
        return false;
      }
      return true;
    },
    toInput: (_parsed, raw): ChangeStatusFormValues => ({
      ...raw,
      status: "delayed",
      date: localInputToIso(raw.date) ?? raw.date,
    }),
    onSuccess: (data, form) => {
      setConfirmAbort(false);
      setConfirmDelay(false);
      form.reset({ status: "delayed", date: "", reason: "" });
      router.refresh();
      return `The launch is now ${data.status}.`;
    },
  });
  const { pending, run } = delay;
  const dateError = delay.errors.date?.message;

  return (
    <div className="space-y-6">
      <FormError {...delay.formError} />
      {delay.success ? <Alert tone="success">{delay.success}</Alert> : null}

      <form onSubmit={delay.onSubmit} noValidate className="space-y-3" aria-label="Delay the launch">
        <h3 className="font-medium text-slate-900">Delay</h3>
        <Field
          id="delay-date"
          label="New launch date"
          error={dateError}
          hint={`Later than the current date and at least ${MIN_LEAD_HOURS} hours from now.`}
        >
          <Input
            id="delay-date"
            type="datetime-local"
            {...delay.register("date")}
            {...describedBy("delay-date", dateError)}
          />
        </Field>
        <Field id="delay-reason" label="Reason for the delay (optional)">
          <Input id="delay-reason" {...delay.register("reason")} />
        </Field>
        {confirmDelay ? (
          <div
            role="group"
            aria-label="Confirm the delay"
            className="rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p className="text-sm text-amber-900">
              {travelersToNotify === 0
                ? "No traveler has a confirmed booking yet; only your agency is told."
                : `${travelersToNotify} traveler${travelersToNotify === 1 ? "" : "s"} will be notified of the new date by email.`}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button type="submit" disabled={pending}>
                {pending ? "Delaying…" : "Yes, delay the launch"}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmDelay(false)}>
                Keep the date
              </Button>
            </div>
          </div>
        ) : (
          <Button type="submit" variant="secondary" disabled={pending}>
            Delay launch…
          </Button>
        )}
      </form>

      {!launched ? (
        <section aria-labelledby="danger-zone" className="space-y-3 rounded-md border border-red-300 p-4">
          <h3 id="danger-zone" className="font-semibold text-red-800">
            Danger zone
          </h3>
          {confirmAbort ? (
            <div className="space-y-3">
              <p className="text-sm text-red-900">
                Aborting cancels every confirmed booking with a full refund
                {travelersToNotify
                  ? ` and mails ${travelersToNotify} traveler${travelersToNotify === 1 ? "" : "s"}`
                  : ""}
                . This cannot be undone.
              </p>
              <Field id="abort-reason" label="Reason for the abort (optional, shown on the invoice)">
                <Textarea
                  id="abort-reason"
                  rows={2}
                  value={abortReason}
                  onChange={(e) => setAbortReason(e.target.value)}
                />
              </Field>
              <Field id="abort-name" label={`Type the launch name to confirm: ${launchName}`}>
                <Input
                  id="abort-name"
                  autoComplete="off"
                  value={typedName}
                  onChange={(e) => setTypedName(e.target.value)}
                />
              </Field>
              <div className="flex flex-wrap gap-2">
                <Button
                  variant="danger"
                  disabled={pending || typedName.trim() !== launchName}
                  onClick={() => run({ status: "aborted", reason: abortReason })}
                >
                  Abort the launch
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setConfirmAbort(false);
                    setTypedName("");
                  }}
                >
                  Keep it
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="danger" onClick={() => setConfirmAbort(true)}>
              Abort launch…
            </Button>
          )}
        </section>
      ) : (
        <div className="space-y-3">
          <h3 className="font-medium text-slate-900">Outcome</h3>
          <p className="text-sm text-slate-600">The launch date has passed: record how it went.</p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => run({ status: "successful" })}>
              Mark successful
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => run({ status: "failed" })}>
              Mark failed
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
