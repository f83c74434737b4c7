"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CountrySelect } from "@/components/ui/country-select";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";

type ContactField = "phone" | "address" | "country" | "taxId";

/**
 * A traveler's phone, postal address, country and tax id: the same fields, hints and autocomplete
 * on registration and on the profile page, so the two forms cannot drift apart. Each form passes
 * its own registrations (its schema checks the values) and the errors to show.
 */
export function TravelerContactFields({
  fields,
  errors,
}: {
  fields: Record<ContactField, UseFormRegisterReturn>;
  errors: Partial<Record<ContactField, string>>;
}) {
  return (
    <>
      <Field id="phone" label="Phone" hint="With the country code, e.g. +34 612 345 678." error={errors.phone}>
        <Input id="phone" type="tel" autoComplete="tel" {...fields.phone} {...describedBy("phone", errors.phone)} />
      </Field>
      <Field id="address" label="Postal address" error={errors.address}>
        <Textarea
          id="address"
          rows={2}
          autoComplete="street-address"
          {...fields.address}
          {...describedBy("address", errors.address)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="country" label="Country" error={errors.country}>
          <CountrySelect
            id="country"
            autoComplete="country"
            {...fields.country}
            {...describedBy("country", errors.country)}
          />
        </Field>
        <Field id="taxId" label="Tax id" hint="Checked by your country's format." error={errors.taxId}>
          <Input id="taxId" {...fields.taxId} {...describedBy("taxId", errors.taxId)} />
        </Field>
      </div>
    </>
  );
}
