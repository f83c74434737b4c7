"use client";
import { CountrySelect } from "@/components/ui/country-select";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { travelerRegistrationSchema, type TravelerRegistrationInput } from "@/lib/auth/schemas";
import { registerTravelerAction } from "./actions";

const EMPTY: TravelerRegistrationInput = {
  name: "",
  email: "",
  password: "",
  phone: "",
  address: "",
  country: "",
  taxId: "",
  dateOfBirth: "",
};

export function TravelerForm() {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(travelerRegistrationSchema, registerTravelerAction, {
    defaultValues: EMPTY,
    // The action parses the typed values with the same schema.
    toInput: (_parsed, raw) => raw,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Traveler registration">
      <FormError {...formError} />
      <Field id="name" label="Full name" error={e.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
      </Field>
      <Field id="email" label="Email" error={e.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          {...register("email")}
          {...describedBy("email", e.email?.message)}
        />
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
      <Field
        id="dateOfBirth"
        label="Date of birth"
        hint="Travelers must be 18 to 70 years old."
        error={e.dateOfBirth?.message}
      >
        <Input
          id="dateOfBirth"
          type="date"
          autoComplete="bday"
          {...register("dateOfBirth")}
          {...describedBy("dateOfBirth", e.dateOfBirth?.message)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create traveler account"}
      </Button>
    </form>
  );
}
