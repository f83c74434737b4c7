"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { passwordResetRequestSchema, type PasswordResetRequestInput } from "@/lib/auth/account-schemas";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<PasswordResetRequestInput>({
    resolver: zodResolver(passwordResetRequestSchema),
    defaultValues: { email: "" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await requestPasswordResetAction(values);
      if (result.ok) {
        setDone(result.data.message);
        return;
      }
      setError(result.error);
      applyServerErrors(setFieldError, result.fieldErrors);
    }),
  );
  if (done) return <Alert tone="success">{done}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset your password">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="email" label="Email" error={e.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          {...register("email")}
          {...describedBy("email", e.email?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
