"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { resetPasswordFormSchema, type ResetPasswordFormInput } from "@/lib/auth/account-schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string>();
  const [linkDead, setLinkDead] = useState(false);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<ResetPasswordFormInput>({
    resolver: zodResolver(resetPasswordFormSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await resetPasswordAction(values);
      // Success redirects to the sign-in page.
      if (!result || result.ok) return;
      setError(result.error);
      setLinkDead(Boolean(result.fieldErrors?.token));
      applyServerErrors(setFieldError, result.fieldErrors);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose a new password">
      {error ? (
        <Alert tone="error">
          {error}{" "}
          {linkDead ? (
            <Link href="/forgot-password" className="font-medium underline">
              Ask for a new link
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <input type="hidden" {...register("token")} />
      <Field
        id="password"
        label="New password"
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
      <Field id="confirmPassword" label="Confirm new password" error={e.confirmPassword?.message}>
        <Input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          {...register("confirmPassword")}
          {...describedBy("confirmPassword", e.confirmPassword?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
