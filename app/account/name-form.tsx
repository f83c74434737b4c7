"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { nameFormSchema } from "@/lib/auth/account-schemas";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError } = useForm<{ name: string }>({
    resolver: zodResolver(nameFormSchema),
    defaultValues: { name },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await updateNameAction(values);
      if (result.ok) return setMessage({ tone: "success", text: result.data.message });
      setMessage({ tone: "error", text: result.error });
      applyServerErrors(setError, result.fieldErrors);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Name">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
