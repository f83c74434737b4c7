"use client";
import { TravelerContactFields } from "@/components/auth/traveler-contact-fields";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH, TRAVELER_MAX_AGE, TRAVELER_MIN_AGE } from "@/lib/auth/rules";
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
      <Field
        id="dateOfBirth"
        label="Date of birth"
        hint={`Travelers must be ${TRAVELER_MIN_AGE} to ${TRAVELER_MAX_AGE} years old.`}
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
