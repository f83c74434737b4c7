"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { nameFormSchema } from "@/lib/auth/account-schemas";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    success,
    formError,
  } = useActionForm(nameFormSchema, updateNameAction, {
    defaultValues: { name },
    onSuccess: (data) => data.message,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Name">
      <FormError {...formError} />
      {success ? <Alert tone="success">{success}</Alert> : null}
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
