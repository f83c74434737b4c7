"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { AgencyProfileDto } from "@/lib/agencies/profile";
import { agencyProfileSchema, type AgencyProfileInput } from "@/lib/agencies/profile-schema";
import { COUNTRIES } from "@/lib/identity/countries";

type FieldName = keyof AgencyProfileInput;

export function ProfileForm({
  profile,
  submit,
}: {
  profile: AgencyProfileDto;
  submit: (input: AgencyProfileInput) => Promise<ActionResult<AgencyProfileDto>>;
}) {
  const { register, errors, onSubmit, pending, formError, success } = useActionForm(agencyProfileSchema, submit, {
    defaultValues: {
      name: profile.name,
      contactEmail: profile.contactEmail,
      country: profile.country,
      taxId: profile.taxId,
      description: profile.description ?? "",
      phone: profile.phone ?? "",
      website: profile.website ?? "",
      address: profile.address ?? "",
    },
    // The action parses the typed values with the same schema.
    toInput: (_parsed, raw) => raw,
    onSuccess: () => "Profile saved.",
  });
  const err = (name: FieldName) => errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError {...formError} />
        {success ? <Alert tone="success">{success}</Alert> : null}
      </div>
      <Field id="name" label="Agency name" error={err("name")}>
        <Input id="name" autoComplete="organization" {...register("name")} {...describedBy("name", err("name"))} />
      </Field>
      <Field id="contactEmail" label="Contact email" error={err("contactEmail")}>
        <Input
          id="contactEmail"
          type="email"
          autoComplete="email"
          {...register("contactEmail")}
          {...describedBy("contactEmail", err("contactEmail"))}
        />
      </Field>
      <Field id="country" label="Country" error={err("country")}>
        <Select
          id="country"
          autoComplete="country"
          {...register("country")}
          {...describedBy("country", err("country"))}
        >
          {COUNTRIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="taxId" label="Tax id" error={err("taxId")} hint="Checked against your country's format.">
        <Input id="taxId" autoComplete="off" {...register("taxId")} {...describedBy("taxId", err("taxId"))} />
      </Field>
      <Field id="phone" label="Phone (optional)" error={err("phone")}>
        <Input
          id="phone"
          type="tel"
          autoComplete="tel"
          {...register("phone")}
          {...describedBy("phone", err("phone"))}
        />
      </Field>
      <Field id="website" label="Website (optional)" error={err("website")}>
        <Input
          id="website"
          type="url"
          autoComplete="url"
          {...register("website")}
          {...describedBy("website", err("website"))}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field id="address" label="Billing address (optional)" error={err("address")}>
          <Textarea
            id="address"
            rows={2}
            autoComplete="street-address"
            {...register("address")}
            {...describedBy("address", err("address"))}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id="description" label="Description (optional)" error={err("description")}>
          <Textarea
            id="description"
            rows={4}
            {...register("description")}
            {...describedBy("description", err("description"))}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save profile"}
        </Button>
      </div>
    </form>
  );
}
