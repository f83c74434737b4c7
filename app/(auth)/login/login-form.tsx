"use client";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInSchema } from "@/lib/auth/schemas";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const { register, errors, onSubmit, pending, formError } = useActionForm(signInSchema, signInAction, {
    defaultValues: { email: "", password: "", callbackUrl },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError {...formError} />
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          {...register("email")}
          {...describedBy("email", errors.email?.message)}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          {...register("password")}
          {...describedBy("password", errors.password?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
