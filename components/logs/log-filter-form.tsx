import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { LogTimeRange } from "./log-time-range";

export type RawLogQuery = Record<string, string | undefined>;

/** The filter as a plain GET form: the URL holds the filter, so it can be shared and exported. */
export function LogFilterForm({
  values,
  eventTypes,
  errors,
}: {
  values: RawLogQuery;
  eventTypes: string[];
  errors?: FieldErrors;
}) {
  const v = (k: string) => values[k] ?? "";
  return (
    <form
      method="get"
      action="/it/logs"
      aria-label="Filter the logs"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <LogTimeRange preset={values.preset} from={values.from} to={values.to} errors={errors} />
      <Field
        id="log-level"
        label="Level"
        hint="Job runs are debug entries: choose any level to see them"
        error={errors?.level}
      >
        <Select id="log-level" name="level" defaultValue={v("level")}>
          <option value="info,warn,error">info and above</option>
          <option value="">Any level, including debug</option>
          <option value="debug">debug</option>
          <option value="info">info</option>
          <option value="warn">warn</option>
          <option value="error">error</option>
          <option value="warn,error">warn and error</option>
        </Select>
      </Field>
      <Field id="log-event" label="Event type" hint="Exact, or a family such as auth.*" error={errors?.event}>
        <Input id="log-event" name="event" list="log-event-types" defaultValue={v("event")} maxLength={200} />
        <datalist id="log-event-types">
          {eventTypes.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
      </Field>
      <Field id="log-actor" label="Actor or process" hint="Part of an email, or e.g. cron:sync" error={errors?.actor}>
        <Input id="log-actor" name="actor" defaultValue={v("actor")} maxLength={200} />
      </Field>
      <Field id="log-q" label="Free text" error={errors?.q}>
        <Input id="log-q" name="q" type="search" defaultValue={v("q")} maxLength={200} />
      </Field>
      <Field id="log-sort" label="Sort" error={errors?.sort}>
        <Select id="log-sort" name="sort" defaultValue={v("sort") || "newest"}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </Select>
      </Field>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link href="/it/logs" className={buttonClass("secondary")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
