"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { AgencyProfileDto } from "@/lib/agencies/profile";
import { agencyProfileSchema, type AgencyProfile, type AgencyProfileInput } from "@/lib/agencies/profile-schema";
import { COUNTRIES } from "@/lib/identity/countries";

type FieldName = keyof AgencyProfileInput;
const FIELDS: FieldName[] = ["name", "contactEmail", "country", "taxId", "description", "phone", "website", "address"];

export function ProfileForm({
  profile,
  submit,
}: {
  profile: AgencyProfileDto;
  submit: (input: AgencyProfileInput) => Promise<ActionResult<AgencyProfileDto>>;
}) {
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState,
    setError: setFieldError,
    getValues,
  } = useForm<AgencyProfileInput, unknown, AgencyProfile>({
    resolver: zodResolver(agencyProfileSchema),
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
  });
  const errors = formState.errors;
  const err = (name: FieldName) => errors[name]?.message;
  const onSubmit = handleSubmit(() =>
    startTransition(async () => {
      setError(undefined);
      setSaved(false);
      const result = await submit(getValues());
      if (!result.ok) {
        setError(result.error);
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          if (FIELDS.includes(field as FieldName)) setFieldError(field as FieldName, { message: messages[0] });
        }
      } else setSaved(true);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {saved ? <Alert tone="success">Profile saved.</Alert> : null}
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
