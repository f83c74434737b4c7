"use client";
import { CountrySelect } from "@/components/ui/country-select";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";
import { agencyRegistrationSchema, type AgencyRegistrationInput } from "@/lib/auth/schemas";
import { registerAgencyAction } from "./actions";

const EMPTY: AgencyRegistrationInput = {
  name: "",
  email: "",
  password: "",
  agency: { name: "", contactEmail: "", country: "", taxId: "", description: "", phone: "", website: "", address: "" },
};

export function AgencyForm() {
  const {
    register,
    errors: e,
    onSubmit,
    pending,
    formError,
  } = useActionForm(agencyRegistrationSchema, registerAgencyAction, {
    defaultValues: EMPTY,
    // The action parses the typed values with the same schema.
    toInput: (_parsed, raw) => raw,
  });
  const a = e.agency;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Agency registration">
      <FormError {...formError} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">Your account</legend>
        <Field id="name" label="Your name" error={e.name?.message}>
          <Input id="name" autoComplete="name" {...register("name")} {...describedBy("name", e.name?.message)} />
        </Field>
        <Field id="email" label="Email" hint="You sign in with this address." error={e.email?.message}>
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
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">Agency profile</legend>
        <Field id="agency-name" label="Agency name" error={a?.name?.message}>
          <Input
            id="agency-name"
            autoComplete="organization"
            {...register("agency.name")}
            {...describedBy("agency-name", a?.name?.message)}
          />
        </Field>
        <Field
          id="agency-contactEmail"
          label="Contact email"
          hint="Shown to travelers; receives booking notices."
          error={a?.contactEmail?.message}
        >
          <Input
            id="agency-contactEmail"
            type="email"
            {...register("agency.contactEmail")}
            {...describedBy("agency-contactEmail", a?.contactEmail?.message)}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="agency-country" label="Country" error={a?.country?.message}>
            <CountrySelect
              id="agency-country"
              {...register("agency.country")}
              {...describedBy("agency-country", a?.country?.message)}
            />
          </Field>
          <Field id="agency-taxId" label="Tax id" hint="Checked by the country's format." error={a?.taxId?.message}>
            <Input
              id="agency-taxId"
              {...register("agency.taxId")}
              {...describedBy("agency-taxId", a?.taxId?.message)}
            />
          </Field>
        </div>
        <Field id="agency-phone" label="Phone (optional)" error={a?.phone?.message}>
          <Input
            id="agency-phone"
            type="tel"
            {...register("agency.phone")}
            {...describedBy("agency-phone", a?.phone?.message)}
          />
        </Field>
        <Field id="agency-website" label="Website (optional)" error={a?.website?.message}>
          <Input
            id="agency-website"
            type="url"
            placeholder="https://"
            {...register("agency.website")}
            {...describedBy("agency-website", a?.website?.message)}
          />
        </Field>
        <Field id="agency-address" label="Address (optional)" error={a?.address?.message}>
          <Textarea
            id="agency-address"
            rows={2}
            {...register("agency.address")}
            {...describedBy("agency-address", a?.address?.message)}
          />
        </Field>
        <Field id="agency-description" label="Description (optional)" error={a?.description?.message}>
          <Textarea
            id="agency-description"
            rows={3}
            {...register("agency.description")}
            {...describedBy("agency-description", a?.description?.message)}
          />
        </Field>
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create agency account"}
      </Button>
    </form>
  );
}
