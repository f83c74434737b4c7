"use client";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { changePasswordFormSchema, type ChangePasswordFormInput } from "@/lib/auth/schemas";
import { changePasswordAction } from "./actions";

const EMPTY: ChangePasswordFormInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [signedOut, setSignedOut] = useState(false);
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(changePasswordFormSchema, changePasswordAction, {
    defaultValues: EMPTY,
    // On success the action redirects to ?changed=1 with this browser's new session; it
    // answers ok only when that new session could not be opened (sign in again).
    onSuccess: (_data, form) => {
      form.reset(EMPTY);
      setSignedOut(true);
    },
  });
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
      <FormError {...formError} />
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
