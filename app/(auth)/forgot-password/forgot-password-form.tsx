"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { passwordResetRequestSchema } from "@/lib/auth/account-schemas";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    success,
    formError,
  } = useActionForm(passwordResetRequestSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: (data) => data.message,
  });
  if (success) return <Alert tone="success">{success}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset your password">
      <FormError {...formError} />
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
