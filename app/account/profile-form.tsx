"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { CountrySelect } from "@/components/ui/country-select";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { travelerProfileSchema, type TravelerProfileInput } from "@/lib/auth/account-schemas";
import { updateTravelerProfileAction } from "./actions";

/** A traveler's name, phone, postal address, country and tax id, checked as at registration. */
export function ProfileForm({ initial }: { initial: TravelerProfileInput }) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError } = useForm<TravelerProfileInput>({
    resolver: zodResolver(travelerProfileSchema, undefined, { raw: true }),
    defaultValues: initial,
  });
  const e = formState.errors;
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await updateTravelerProfileAction(values);
      if (result.ok) return setMessage({ tone: "success", text: result.data.message });
      setMessage({ tone: "error", text: result.error });
      applyServerErrors(setError, result.fieldErrors);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Profile">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
