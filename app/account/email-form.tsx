"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { changeEmailSchema, type ChangeEmailInput } from "@/lib/auth/account-schemas";
import { changeEmailAction } from "./actions";

export function EmailForm() {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { newEmail: "", password: "" },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await changeEmailAction(values);
      if (result.ok) {
        reset();
        return setMessage({ tone: "success", text: result.data.message });
      }
      setMessage({ tone: "error", text: result.error });
      applyServerErrors(setError, result.fieldErrors);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change email">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
