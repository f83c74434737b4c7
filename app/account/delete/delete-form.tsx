"use client";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  // Success redirects to the sign-in page.
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(deleteAccountSchema, deleteAccountAction, { defaultValues: { password: "" } });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Delete my account">
      <FormError {...formError} />
      <Field id="password" label="Your password" error={e.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          {...register("password")}
          {...describedBy("password", e.password?.message)}
        />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account for good"}
      </Button>
    </form>
  );
}
