"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { invitationRegistrationSchema, type InvitationRegistrationInput } from "@/lib/auth/schemas";
import { registerInvitedAction } from "./actions";

export function InvitationForm({ token, email }: { token: string; email: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<InvitationRegistrationInput>({
    resolver: zodResolver(invitationRegistrationSchema, undefined, { raw: true }),
    defaultValues: { token, name: "", password: "" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await registerInvitedAction(values);
      if (result && !result.ok) {
        setError(result.fieldErrors?.invitationToken?.[0] ?? result.error);
        applyServerErrors(setFieldError, result.fieldErrors);
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Accept invitation">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <input type="hidden" {...register("token")} />
      <Field id="email" label="Email" hint="The invitation was sent to this address.">
        <Input id="email" type="email" value={email} readOnly aria-readonly="true" className="bg-slate-100" />
      </Field>
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <Field
        id="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; not a common password.`}
        error={e.password?.message}
      >
        <Input
          id="password"
          type="password"
          autoComplete="new-password"
          {...register("password")}
          {...describedBy("password", e.password?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
    </form>
  );
}
