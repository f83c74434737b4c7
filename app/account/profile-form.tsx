"use client";
import { CountrySelect } from "@/components/ui/country-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
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
      <Field id="phone" label="Phone" hint="With the country code, e.g. +34 612 345 678." error={e.phone?.message}>
        <Input
          id="phone"
          type="tel"
          autoComplete="tel"
          {...register("phone")}
          {...describedBy("phone", e.phone?.message)}
        />
      </Field>
      <Field id="address" label="Postal address" error={e.address?.message}>
        <Textarea
          id="address"
          rows={2}
          autoComplete="street-address"
          {...register("address")}
          {...describedBy("address", e.address?.message)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="country" label="Country" error={e.country?.message}>
          <CountrySelect
            id="country"
            autoComplete="country"
            {...register("country")}
            {...describedBy("country", e.country?.message)}
          />
        </Field>
        <Field id="taxId" label="Tax id" hint="Checked by your country's format." error={e.taxId?.message}>
          <Input id="taxId" {...register("taxId")} {...describedBy("taxId", e.taxId?.message)} />
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
