"use client";

import { useState, useSyncExternalStore } from "react";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { localInputToIso, readUtcInstant, toLocalInputValue, toUtcInputValue, zoneLabel } from "@/lib/time";

const noSubscribe = () => () => {};
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => null;

interface Props {
  preset?: string;
  from?: string;
  to?: string;
  errors?: FieldErrors;
}

/** A URL value (UTC) as a datetime-local value: in the viewer's zone once known, in UTC before. */
function shown(value: string | undefined, zone: string | null): string {
  const date = value ? readUtcInstant(value) : null;
  if (!date) return "";
  return zone ? toLocalInputValue(date) : toUtcInputValue(date);
}

/**
 * Time range of the log filter: a preset, or a custom range typed in the viewer's own time
 * zone (named in the label) and sent as UTC instants ("…Z"), so the URL means the same to
 * anyone it is shared with. Typing a date selects "Custom"; choosing a preset clears the
 * dates. Before hydration (or without JavaScript) the inputs are plain UTC fields.
 */
export function LogTimeRange({ preset, from, to, errors }: Props) {
  // null on the server and during hydration, the browser's zone after.
  const zone = useSyncExternalStore(noSubscribe, viewerZone, noZone);
  const [choice, setChoice] = useState(preset ?? "24h");
  // What the viewer typed (datetime-local text); undefined = untouched, the URL's value stands.
  const [typed, setTyped] = useState<{ from?: string; to?: string }>({});

  const zoneText = zone ? `your time, ${zoneLabel(zone, readUtcInstant(from ?? "") ?? new Date())}` : "UTC";
  const field = (key: "from" | "to", urlValue: string | undefined) => {
    const id = `log-${key}`;
    const edited = typed[key];
    const value = edited ?? shown(urlValue, zone);
    // Once the zone is known, the visible input carries local time and a hidden one the UTC instant.
    const submitted = edited === undefined ? (urlValue ?? "") : (localInputToIso(edited) ?? "");
    return (
      <Field id={id} label={`${key === "from" ? "From" : "To"} (${zoneText})`} error={errors?.[key]}>
        <Input
          id={id}
          name={zone ? undefined : key}
          type="datetime-local"
          value={value}
          onChange={(e) => {
            setTyped((t) => ({ ...t, [key]: e.target.value }));
            setChoice("custom");
          }}
          {...describedBy(id, errors?.[key])}
        />
        {zone ? <input type="hidden" name={key} value={submitted} /> : null}
      </Field>
    );
  };

  return (
    <>
      <Field id="log-preset" label="Time range" error={errors?.preset}>
        <Select
          id="log-preset"
          name="preset"
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value);
            if (e.target.value !== "custom") setTyped({ from: "", to: "" });
          }}
          {...describedBy("log-preset", errors?.preset)}
        >
          <option value="1h">Last hour</option>
          <option value="24h">Last 24 hours</option>
          <option value="7d">Last 7 days</option>
          <option value="custom">Custom (below)</option>
          <option value="">Any time</option>
        </Select>
      </Field>
      {field("from", from)}
      {field("to", to)}
    </>
  );
}
