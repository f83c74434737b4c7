"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { createInvitationSchema, type CreateInvitationInput } from "@/lib/auth/schemas";
import { createInvitationAction } from "./actions";

export function InviteForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError, reset } = useForm<CreateInvitationInput>({
    resolver: zodResolver(createInvitationSchema, undefined, { raw: true }),
    defaultValues: { email: "", role: "employee" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await createInvitationAction(values);
      if (result.ok) {
        setMessage({ tone: "success", text: `Invitation sent to ${result.data.email}. The link is valid for 7 days.` });
        reset();
      } else {
        setMessage({ tone: "error", text: result.error });
        applyServerErrors(setError, result.fieldErrors);
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite a colleague">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field id="invite-email" label="Email" error={e.email?.message}>
          <Input
            id="invite-email"
            type="email"
            {...register("email")}
            {...describedBy("invite-email", e.email?.message)}
          />
        </Field>
        <Field id="invite-role" label="Role" error={e.role?.message}>
          <Select id="invite-role" {...register("role")} {...describedBy("invite-role", e.role?.message)}>
            <option value="employee">Employee (finance)</option>
            <option value="it">IT employee</option>
          </Select>
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
