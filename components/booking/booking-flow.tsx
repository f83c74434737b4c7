"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { HOLD_MINUTES } from "@/lib/bookings/rules";
import { passengerSchema, type PassengerInput } from "@/lib/bookings/schemas";
import { formatUsd } from "@/lib/money";
import { SeatMap } from "./seat-map";

const formSchema = z.object({ passengers: z.array(passengerSchema).min(1) });

type HoldAction = (input: {
  launchId: string;
  seats?: number[];
  seatCount?: number;
  passengers: PassengerInput[];
}) => Promise<ActionResult<{ id: string }>>;

const blank: PassengerInput = { name: "", email: "", dateOfBirth: "" };

/**
 * Pick seats on the map (or ask for N), enter one passenger per seat (the traveler first),
 * then hold them for 10 minutes and go to the payment step.
 */
export function BookingFlow({
  launchId,
  capacity,
  taken,
  pricePerSeatCents,
  seatsLeftForMe,
  seatLimit,
  me,
  holdAction,
  initialSeats = [],
}: {
  launchId: string;
  capacity: number;
  taken: number[];
  pricePerSeatCents: number;
  seatsLeftForMe: number;
  seatLimit: number;
  me: PassengerInput;
  holdAction: HoldAction;
  /** Seats picked before signing in (`?seats=12,13`), already checked free and within the limit. */
  initialSeats?: number[];
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"pick" | "count">("pick");
  const [selected, setSelected] = useState<number[]>(initialSeats);
  const [count, setCount] = useState(1);
  const [seatError, setSeatError] = useState<string>();
  const seatTotal = mode === "pick" ? selected.length : count;
  const maxSeats = Math.min(seatsLeftForMe, capacity - taken.length);

  const { form, register, onSubmit, pending, formError, clearMessages } = useActionForm(formSchema, holdAction, {
    defaultValues: { passengers: [me] },
    before: () => {
      setSeatError(seatTotal < 1 ? "Pick at least one seat on the seat map." : undefined);
      return seatTotal >= 1;
    },
    toInput: (values) => {
      const passengers = values.passengers.slice(0, seatTotal);
      return mode === "pick" ? { launchId, seats: selected, passengers } : { launchId, seatCount: count, passengers };
    },
    onSuccess: (data) => router.push(`/traveler/bookings/${data.id}/pay`),
    onError: (result) => {
      // A seat someone else just took: show the map as it is now.
      if (result.fieldErrors?.seats) {
        setSelected([]);
        router.refresh();
      }
    },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "passengers" });

  // One passenger block per seat; the first stays the traveler unless he edits it.
  useEffect(() => {
    const wanted = Math.max(1, seatTotal);
    if (fields.length < wanted)
      append(
        Array.from({ length: wanted - fields.length }, () => blank),
        { shouldFocus: false },
      );
    else if (fields.length > wanted) remove(Array.from({ length: fields.length - wanted }, (_, i) => wanted + i));
  }, [seatTotal, fields.length, append, remove]);

  // A message about the other way of choosing seats no longer applies.
  const changeMode = (next: "pick" | "count") => {
    setMode(next);
    setSeatError(undefined);
    clearMessages();
    form.clearErrors();
  };

  const toggle = (seat: number) =>
    setSelected((s) => (s.includes(seat) ? s.filter((x) => x !== seat) : [...s, seat].sort((a, b) => a - b)));

  if (maxSeats < 1) {
    return (
      <Alert tone="info">
        {seatsLeftForMe < 1
          ? `You already hold the maximum of ${seatLimit} seats on this launch.`
          : "This launch is sold out."}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset>
        <legend className="text-base font-semibold text-slate-900">1. Choose your seats</legend>
        <p className="mt-1 text-sm text-slate-600">
          You can hold up to {seatLimit} seats on one launch
          {seatsLeftForMe < seatLimit ? ` (${seatsLeftForMe} more)` : ""}.
        </p>
        <div className="mt-3 flex gap-4 text-sm" role="radiogroup" aria-label="How to choose seats">
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" checked={mode === "pick"} onChange={() => changeMode("pick")} /> Pick on the
            seat map
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" checked={mode === "count"} onChange={() => changeMode("count")} /> Any free
            seats
          </label>
        </div>
        <div className="mt-4">
          {mode === "pick" ? (
            <>
              <SeatMap
                capacity={capacity}
                taken={taken}
                selected={selected}
                onToggle={toggle}
                maxSelectable={maxSeats}
              />
              <p className="mt-2 text-sm" aria-live="polite">
                {selected.length ? `Selected: seat ${selected.join(", ")}` : "No seat selected yet."}
              </p>
            </>
          ) : (
            <label className="block max-w-xs text-sm font-medium text-slate-800">
              Number of seats
              <input
                type="number"
                min={1}
                max={maxSeats}
                value={count}
                onChange={(e) => setCount(Math.max(1, Math.min(maxSeats, Number(e.target.value) || 1)))}
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
              />
              <span className="mt-1 block text-xs font-normal text-slate-600">
                You get the lowest free seat numbers.
              </span>
            </label>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend className="text-base font-semibold text-slate-900">2. Passengers</legend>
        <p className="mt-1 text-sm text-slate-600">One passenger per seat, 18 to 70 years old on the launch date.</p>
        <div className="mt-3 space-y-4">
          {fields.slice(0, Math.max(1, seatTotal)).map((f, i) => {
            const errs = form.formState.errors.passengers?.[i];
            const id = (k: string) => `passenger-${i}-${k}`;
            return (
              <fieldset key={f.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
                <legend className="px-1 text-sm font-medium text-slate-800">
                  Passenger {i + 1}
                  {i === 0 ? " (you, unless you change it)" : ""}
                </legend>
                <Field id={id("name")} label={`Passenger ${i + 1} name`} error={errs?.name?.message}>
                  <Input
                    id={id("name")}
                    autoComplete={i === 0 ? "name" : "off"}
                    {...register(`passengers.${i}.name`)}
                    {...describedBy(id("name"), errs?.name?.message)}
                  />
                </Field>
                <Field id={id("email")} label={`Passenger ${i + 1} email`} error={errs?.email?.message}>
                  <Input
                    id={id("email")}
                    type="email"
                    {...register(`passengers.${i}.email`)}
                    {...describedBy(id("email"), errs?.email?.message)}
                  />
                </Field>
                <Field
                  id={id("dob")}
                  label={`Passenger ${i + 1} date of birth`}
                  error={errs?.dateOfBirth?.message}
                  hint="YYYY-MM-DD, e.g. 1990-04-23"
                >
                  {/* Text, not type=date: the browser's date widget shows the viewer's locale
                      format while the rule and its message speak YYYY-MM-DD. */}
                  <Input
                    id={id("dob")}
                    inputMode="numeric"
                    placeholder="YYYY-MM-DD"
                    autoComplete={i === 0 ? "bday" : "off"}
                    {...register(`passengers.${i}.dateOfBirth`)}
                    {...describedBy(id("dob"), errs?.dateOfBirth?.message)}
                  />
                </Field>
              </fieldset>
            );
          })}
        </div>
      </fieldset>

      <FormError message={seatError ?? formError.message} focus={formError.focus} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Holding your seats…" : "Continue to payment"}
        </Button>
        <span className="text-sm text-slate-700">
          Total: {formatUsd(seatTotal * pricePerSeatCents)} · your seats are then held for {HOLD_MINUTES} minutes while
          you pay
        </span>
      </div>
    </form>
  );
}
