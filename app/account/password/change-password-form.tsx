"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { changePasswordFormSchema, type ChangePasswordFormInput } from "@/lib/auth/schemas";
import { changePasswordAction } from "./actions";

const EMPTY: ChangePasswordFormInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [error, setError] = useState<string>();
  const [signedOut, setSignedOut] = useState(false);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    reset,
    setError: setFieldError,
    setFocus,
  } = useForm<ChangePasswordFormInput>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: EMPTY,
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await changePasswordAction(values);
      // On success the action redirects to ?changed=1 with this browser's new session; it
      // answers ok only when that new session could not be opened (sign in again).
      if (!result) return;
      if (result.ok) {
        reset(EMPTY);
        setSignedOut(true);
        return;
      }
      setError(result.error);
      applyServerErrors(setFieldError, result.fieldErrors);
      if (result.fieldErrors?.currentPassword) setFocus("currentPassword");
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      {signedOut ? (
        <Alert tone="success">
          Your password has been changed and every session has been signed out, this one too.{" "}
          <Link href="/login" className="font-medium underline">
            Sign in with your new password
          </Link>
          .
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="currentPassword" label="Current password" error={e.currentPassword?.message}>
        <Input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          {...register("currentPassword")}
          {...describedBy("currentPassword", e.currentPassword?.message)}
        />
      </Field>
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; not a common password.`}
        error={e.newPassword?.message}
      >
        <Input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          {...register("newPassword")}
          {...describedBy("newPassword", e.newPassword?.message)}
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
        {pending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
