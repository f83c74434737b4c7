"use client";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { rocketInputSchema, type RocketDto, type RocketInput } from "@/lib/agencies/rocket-schemas";
import { CAPACITY_MAX, CAPACITY_MIN, RANGE_LABELS, RANGES } from "@/lib/launches/rules";

type Submit = (input: RocketInput) => Promise<ActionResult<RocketDto>>;

export function RocketForm({
  rocket,
  submit,
  submitLabel,
}: {
  rocket?: RocketDto;
  submit: Submit;
  submitLabel: string;
}) {
  const { register, errors, onSubmit, pending, formError } = useActionForm(rocketInputSchema, submit, {
    defaultValues: {
      name: rocket?.name ?? "",
      capacity: rocket ? String(rocket.capacity) : "",
      range: rocket?.range ?? "low_earth",
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-4">
      <FormError {...formError} />
      <Field id="name" label="Name" error={errors.name?.message} hint="Unique within your agency.">
        <Input id="name" autoComplete="off" {...register("name")} {...describedBy("name", errors.name?.message)} />
      </Field>
      <Field
        id="capacity"
        label="Capacity (seats)"
        error={errors.capacity?.message}
        hint={`${CAPACITY_MIN} to ${CAPACITY_MAX} seats.`}
      >
        <Input
          id="capacity"
          type="number"
          inputMode="numeric"
          min={CAPACITY_MIN}
          max={CAPACITY_MAX}
          step={1}
          {...register("capacity")}
          {...describedBy("capacity", errors.capacity?.message)}
        />
      </Field>
      <Field
        id="range"
        label="Range"
        error={errors.range?.message}
        hint="Suborbital < low Earth orbit < Moon < Mars: a rocket reaches every destination up to its range."
      >
        <Select id="range" {...register("range")} {...describedBy("range", errors.range?.message)}>
          {RANGES.map((r) => (
            <option key={r} value={r}>
              {RANGE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
