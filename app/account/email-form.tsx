"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeEmailSchema } from "@/lib/auth/account-schemas";
import { changeEmailAction } from "./actions";

export function EmailForm() {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    success,
    formError,
  } = useActionForm(changeEmailSchema, changeEmailAction, {
    defaultValues: { newEmail: "", password: "" },
    onSuccess: (data, form) => {
      form.reset();
      return data.message;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change email">
      <FormError {...formError} />
      {success ? <Alert tone="success">{success}</Alert> : null}
      <Field id="newEmail" label="New email" error={e.newEmail?.message}>
        <Input
          id="newEmail"
          type="email"
          autoComplete="email"
          {...register("newEmail")}
          {...describedBy("newEmail", e.newEmail?.message)}
        />
      </Field>
      <Field id="emailPassword" label="Your password" error={e.password?.message}>
        <Input
          id="emailPassword"
          type="password"
          autoComplete="current-password"
          {...register("password")}
          {...describedBy("emailPassword", e.password?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : "Change email"}
      </Button>
    </form>
  );
}
