"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<{ password: string }>({
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { password: "" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await deleteAccountAction(values);
      // Success redirects to the sign-in page.
      if (!result || result.ok) return;
      setError(result.error);
      applyServerErrors(setFieldError, result.fieldErrors);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Delete my account">
      {error ? <Alert tone="error">{error}</Alert> : null}
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
