"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type FieldValues, type Path, type UseFormSetError } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
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

/** Runs an action and spreads its answer over the form: a message, and field errors next to fields. */
function useActionSubmit<V extends FieldValues, R>(setFieldError: UseFormSetError<V>) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const run = (call: () => Promise<ActionResult<R>>, success: (data: R) => string, onOk?: () => void) =>
    start(async () => {
      setMessage(undefined);
      const result = await call();
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error });
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
          setFieldError(field as Path<V>, { message: messages[0] });
        return;
      }
      setMessage({ tone: "success", text: success(result.data) });
      onOk?.();
    });
  return { pending, message, run };
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
  const { register, handleSubmit, formState, setError, getValues, reset } = useForm<PaymentFormValues>({
    resolver: zodResolver(paymentFormSchema),
    defaultValues: { amount: "", paidAt: today, reference: "" },
  });
  const { pending, message, run } = useActionSubmit<PaymentFormValues, { status: string }>(setError);
  const e = formState.errors;
  const onSubmit = handleSubmit(() =>
    run(
      () => submit({ ...getValues(), invoiceId }),
      (d) => `Payment recorded. Status: ${STATUS_LABELS[d.status] ?? d.status}.`,
      () => reset({ amount: "", paidAt: today, reference: "" }),
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record a payment">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
  const { register, handleSubmit, formState, setError, getValues, reset } = useForm<StatusValues>({
    resolver: zodResolver(setStatusFormSchema),
    defaultValues: { status: "paid", reason: "" },
  });
  const { pending, message, run } = useActionSubmit<StatusValues, { status: string }>(setError);
  const e = formState.errors;
  const onSubmit = handleSubmit(() => {
    if (!window.confirm("Set this invoice's status by hand? The change and your reason are kept in its history."))
      return;
    run(
      () => submit({ ...getValues(), invoiceId }),
      (d) => `Status set to ${STATUS_LABELS[d.status] ?? d.status}.`,
      () => reset({ status: getValues().status, reason: "" }),
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Set the status">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
  const { register, handleSubmit, formState, setError, getValues, reset } = useForm<CreditNoteFormValues>({
    resolver: zodResolver(creditNoteFormSchema),
    defaultValues: { amount: "", reason: "" },
  });
  const { pending, message, run } = useActionSubmit<CreditNoteFormValues, { number: string }>(setError);
  const e = formState.errors;
  const onSubmit = handleSubmit(() => {
    if (!window.confirm("Issue a credit note? A credit note is a legal document and cannot be withdrawn.")) return;
    run(
      () => submit({ ...getValues(), invoiceId }),
      (d) => `Credit note ${d.number} issued.`,
      () => reset({ amount: "", reason: "" }),
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Issue a credit note">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
