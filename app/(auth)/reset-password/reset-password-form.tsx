"use client";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordFormSchema } from "@/lib/auth/account-schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [linkDead, setLinkDead] = useState(false);
  // Success redirects to the sign-in page. The token is no input of the form (it comes with the
  // default values), so a dead link's error is the form's message, which takes the focus.
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(resetPasswordFormSchema, resetPasswordAction, {
    defaultValues: { token, password: "", confirmPassword: "" },
    onError: (result) => setLinkDead(Boolean(result.fieldErrors?.token)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose a new password">
      <FormError {...formError}>
        {linkDead ? (
          <Link href="/forgot-password" className="font-medium underline">
            Ask for a new link
          </Link>
        ) : null}
      </FormError>
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
