"use client";
import { useEffect, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { RocketDto } from "@/lib/agencies/rocket-schemas";
import {
  DESTINATION_LABELS,
  MIN_LEAD_HOURS,
  RANGE_LABELS,
  ROCKET_GAP_DAYS,
  defaultMinimumOccupancy,
  destinationsFor,
} from "@/lib/launches/rules";
import { scheduleLaunchFormSchema, type AgencyLaunchDto, type ScheduleLaunchFormValues } from "@/lib/launches/schemas";
import { localInputToIso, toLocalInputValue } from "@/lib/time";

type FieldName = "rocketId" | "spaceport" | "destination" | "date" | "price" | "minimumOccupancy";

export function ScheduleLaunchForm({
  rockets,
  submit,
}: {
  rockets: RocketDto[];
  submit: (input: ScheduleLaunchFormValues) => Promise<ActionResult<AgencyLaunchDto>>;
}) {
  const { form, register, errors, onSubmit, pending, formError } = useActionForm(scheduleLaunchFormSchema, submit, {
    defaultValues: {
      rocketId: rockets[0]?.id ?? "",
      spaceport: "",
      destination: rockets[0] ? destinationsFor(rockets[0].range).at(-1) : "suborbital",
      date: "",
      price: "",
      minimumOccupancy: "",
    },
    // Send the typed values (the price as its string), with the local date made an instant.
    toInput: (_parsed, raw) => ({ ...raw, date: localInputToIso(raw.date) ?? raw.date }),
    fieldNames: { pricePerSeatCents: "price" },
  });
  const { control, getValues, setValue } = form;
  const rocketId = useWatch({ control, name: "rocketId" });
  const rocket = rockets.find((r) => r.id === rocketId);
  const destinations = useMemo(() => (rocket ? destinationsFor(rocket.range) : []), [rocket]);

  // Keep the destination within the chosen rocket's range.
  useEffect(() => {
    const current = getValues("destination");
    if (destinations.length && !destinations.includes(current as (typeof destinations)[number]))
      setValue("destination", destinations.at(-1)!);
  }, [destinations, getValues, setValue]);

  const err = (name: FieldName) => errors[name]?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormError {...formError} />
      <Field id="rocketId" label="Rocket" error={err("rocketId")}>
        <Select id="rocketId" {...register("rocketId")} {...describedBy("rocketId", err("rocketId"))}>
          {rockets.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.capacity} seats, {RANGE_LABELS[r.range]})
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="destination"
        label="Destination"
        error={err("destination")}
        hint={rocket ? `Within ${rocket.name}'s ${RANGE_LABELS[rocket.range].toLowerCase()} range.` : undefined}
      >
        <Select id="destination" {...register("destination")} {...describedBy("destination", err("destination"))}>
          {destinations.map((d) => (
            <option key={d} value={d}>
              {DESTINATION_LABELS[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="spaceport" label="Spaceport" error={err("spaceport")} hint="The launch site, e.g. Cape Canaveral.">
        <Input
          id="spaceport"
          autoComplete="off"
          {...register("spaceport")}
          {...describedBy("spaceport", err("spaceport"))}
        />
      </Field>
      <Field
        id="date"
        label="Launch date and time"
        error={err("date")}
        hint={`At least ${MIN_LEAD_HOURS} hours from now, in your local time; ${ROCKET_GAP_DAYS} days apart from the rocket's other launches.`}
      >
        <Input
          id="date"
          type="datetime-local"
          // The earliest date the picker offers, set on focus in the viewer's zone (the server checks again).
          onFocus={(e) => (e.currentTarget.min = toLocalInputValue(new Date(Date.now() + MIN_LEAD_HOURS * 3600_000)))}
          {...register("date")}
          {...describedBy("date", err("date"))}
        />
      </Field>
      <Field id="price" label="Price per seat (USD)" error={err("price")} hint="For example 250000 or 1999.99.">
        <Input
          id="price"
          inputMode="decimal"
          autoComplete="off"
          {...register("price")}
          {...describedBy("price", err("price"))}
        />
      </Field>
      <Field
        id="minimumOccupancy"
        label="Minimum occupancy (seats)"
        error={err("minimumOccupancy")}
        hint={
          rocket
            ? `Leave empty for the default: ${defaultMinimumOccupancy(rocket.capacity)} of ${rocket.capacity} seats (60 %).`
            : undefined
        }
      >
        <Input
          id="minimumOccupancy"
          type="number"
          inputMode="numeric"
          min={1}
          max={rocket?.capacity}
          placeholder={rocket ? String(defaultMinimumOccupancy(rocket.capacity)) : undefined}
          {...register("minimumOccupancy")}
          {...describedBy("minimumOccupancy", err("minimumOccupancy"))}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Scheduling…" : "Schedule launch"}
      </Button>
    </form>
  );
}
