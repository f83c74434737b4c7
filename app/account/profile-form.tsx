"use client";
import { TravelerContactFields } from "@/components/auth/traveler-contact-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { travelerProfileSchema, type TravelerProfileInput } from "@/lib/auth/account-schemas";
import { updateTravelerProfileAction } from "./actions";

/** A traveler's name, phone, postal address, country and tax id, checked as at registration. */
export function ProfileForm({ initial }: { initial: TravelerProfileInput }) {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    success,
    formError,
  } = useActionForm(travelerProfileSchema, updateTravelerProfileAction, {
    defaultValues: initial,
    // The action parses the typed values with the same schema.
    toInput: (_parsed, raw) => raw,
    onSuccess: (data) => data.message,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Profile">
      <FormError {...formError} />
      {success ? <Alert tone="success">{success}</Alert> : null}
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <TravelerContactFields
        fields={{
          phone: register("phone"),
          address: register("address"),
          country: register("country"),
          taxId: register("taxId"),
        }}
        errors={{
          phone: e.phone?.message,
          address: e.address?.message,
          country: e.country?.message,
          taxId: e.taxId?.message,
        }}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
