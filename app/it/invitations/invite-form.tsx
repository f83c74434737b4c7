"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { createInvitationSchema } from "@/lib/auth/schemas";
import { createInvitationAction } from "./actions";

export function InviteForm() {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
    success,
  } = useActionForm(createInvitationSchema, createInvitationAction, {
    defaultValues: { email: "", role: "employee" },
    onSuccess: (data, form) => {
      form.reset();
      return `Invitation sent to ${data.email}. The link is valid for 7 days.`;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite a colleague">
      <FormError {...formError} />
      {success ? <Alert tone="success">{success}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field id="invite-email" label="Email" error={e.email?.message}>
          <Input
            id="invite-email"
            type="email"
            {...register("email")}
            {...describedBy("invite-email", e.email?.message)}
          />
        </Field>
        <Field id="invite-role" label="Role" error={e.role?.message}>
          <Select id="invite-role" {...register("role")} {...describedBy("invite-role", e.role?.message)}>
            <option value="employee">Employee (finance)</option>
            <option value="it">IT employee</option>
          </Select>
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
