"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { invitationRegistrationSchema } from "@/lib/auth/schemas";
import { registerInvitedAction } from "./actions";

export function InvitationForm({ token, email }: { token: string; email: string }) {
  // A refused invitation (used, expired) is the form's message: the token is no field of it.
  const [tokenError, setTokenError] = useState<string>();
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(invitationRegistrationSchema, registerInvitedAction, {
    defaultValues: { token, name: "", password: "" },
    // The action parses the typed values with the same schema.
    toInput: (_parsed, raw) => raw,
    onError: (result) => setTokenError(result.fieldErrors?.invitationToken?.[0]),
  });
  const message = formError.message && (tokenError ?? formError.message);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Accept invitation">
      <FormError message={message} focus={formError.focus} />
      <input type="hidden" {...register("token")} />
      <Field id="email" label="Email" hint="The invitation was sent to this address.">
        <Input id="email" type="email" value={email} readOnly aria-readonly="true" className="bg-slate-100" />
      </Field>
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <Field
        id="password"
        label="Password"
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
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
    </form>
  );
}
