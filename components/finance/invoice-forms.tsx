"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import {
  creditNoteFormSchema,
  paymentFormSchema,
  type CreditNoteFormValues,
  type PaymentFormValues,
} from "@/lib/finance/form-schemas";
import { MANUAL_STATUSES, setStatusFormSchema } from "@/lib/finance/schemas";
import { STATUS_LABELS } from "./status-badge";

type Action<I, R> = (input: I) => Promise<ActionResult<R>>;

/** The action's answer above the form: the refusal (which takes the focus) or what was done. */
function Outcome({ formError, success }: { formError: { message?: string; focus: boolean }; success?: string }) {
  return (
    <>
      <FormError message={formError.message} focus={formError.focus} />
      {success ? <Alert tone="success">{success}</Alert> : null}
    </>
  );
}

export function PaymentForm({
  invoiceId,
  today,
  submit,
}: {
  invoiceId: string;
  today: string;
  submit: Action<PaymentFormValues & { invoiceId: string }, { status: string }>;
}) {
  const empty = { amount: "", paidAt: today, reference: "" };
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
    success,
  } = useActionForm(paymentFormSchema, submit, {
    defaultValues: empty,
    toInput: (_parsed, raw) => ({ ...raw, invoiceId }),
    onSuccess: (d, form) => {
      form.reset(empty);
      return `Payment recorded. Status: ${STATUS_LABELS[d.status] ?? d.status}.`;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record a payment">
      <Outcome formError={formError} success={success} />
      <Field id="pay-amount" label="Amount (USD)" error={e.amount?.message}>
        <Input
          id="pay-amount"
          inputMode="decimal"
          autoComplete="off"
          {...register("amount")}
          {...describedBy("pay-amount", e.amount?.message)}
        />
      </Field>
      <Field id="pay-date" label="Payment date" error={e.paidAt?.message}>
        <Input id="pay-date" type="date" {...register("paidAt")} {...describedBy("pay-date", e.paidAt?.message)} />
      </Field>
      <Field id="pay-ref" label="Reference" error={e.reference?.message} hint="The bank transfer reference.">
        <Input
          id="pay-ref"
          autoComplete="off"
          {...register("reference")}
          {...describedBy("pay-ref", e.reference?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record payment"}
      </Button>
    </form>
  );
}

type StatusValues = { status: (typeof MANUAL_STATUSES)[number]; reason: string };

export function StatusForm({
  invoiceId,
  submit,
}: {
  invoiceId: string;
  submit: Action<StatusValues & { invoiceId: string }, { status: string }>;
}) {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
    success,
  } = useActionForm(setStatusFormSchema, submit, {
    defaultValues: { status: "paid", reason: "" },
    before: () =>
      window.confirm("Set this invoice's status by hand? The change and your reason are kept in its history."),
    toInput: (parsed, raw) => ({ status: parsed.status, reason: raw.reason, invoiceId }),
    onSuccess: (d, form) => {
      form.reset({ status: form.getValues().status, reason: "" });
      return `Status set to ${STATUS_LABELS[d.status] ?? d.status}.`;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Set the status">
      <Outcome formError={formError} success={success} />
      <Field id="st-status" label="New status" error={e.status?.message}>
        <Select id="st-status" {...register("status")} {...describedBy("st-status", e.status?.message)}>
          {MANUAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="st-reason" label="Reason" error={e.reason?.message}>
        <Textarea id="st-reason" rows={2} {...register("reason")} {...describedBy("st-reason", e.reason?.message)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Set status"}
      </Button>
    </form>
  );
}

export function CreditNoteForm({
  invoiceId,
  creditableLabel,
  submit,
}: {
  invoiceId: string;
  creditableLabel: string;
  submit: Action<CreditNoteFormValues & { invoiceId: string }, { number: string }>;
}) {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
    success,
  } = useActionForm(creditNoteFormSchema, submit, {
    defaultValues: { amount: "", reason: "" },
    before: () => window.confirm("Issue a credit note? A credit note is a legal document and cannot be withdrawn."),
    toInput: (_parsed, raw) => ({ ...raw, invoiceId }),
    onSuccess: (d, form) => {
      form.reset({ amount: "", reason: "" });
      return `Credit note ${d.number} issued.`;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Issue a credit note">
      <Outcome formError={formError} success={success} />
      <Field id="cn-amount" label="Credit amount (USD)" error={e.amount?.message} hint={`At most ${creditableLabel}.`}>
        <Input
          id="cn-amount"
          inputMode="decimal"
          autoComplete="off"
          {...register("amount")}
          {...describedBy("cn-amount", e.amount?.message)}
        />
      </Field>
      <Field id="cn-reason" label="Credit reason" error={e.reason?.message}>
        <Textarea id="cn-reason" rows={2} {...register("reason")} {...describedBy("cn-reason", e.reason?.message)} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Issuing…" : "Issue credit note"}
      </Button>
    </form>
  );
}
