import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { Field, Select } from "./field";
import { Card } from "./page";

const GRID = "grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4";

/**
 * A list's filter bar: a plain GET form in a card, so the filters live in the URL (shareable,
 * the back button steps through them) and work without JavaScript.
 */
export function FilterForm({
  label,
  children,
  className = GRID,
}: {
  /** The form's accessible name, e.g. "Filter notifications". */
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card className="mb-6">
      <form method="get" className={className} aria-label={label}>
        {children}
      </form>
    </Card>
  );
}

/** A select of one filter: "any" (empty, no filter) and the choices. */
export function SelectFilter({
  id,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly (string | { value: string; label: string })[];
}) {
  return (
    <Field id={id} label={label}>
      <Select id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => {
          const { value: v, label: text } = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}

/** The ascending/descending select every sortable list's filter form carries. */
export function OrderField({ value }: { value?: string }) {
  return (
    <Field id="order" label="Order">
      <Select id="order" name="order" defaultValue={value}>
        <option value="desc">Descending</option>
        <option value="asc">Ascending</option>
      </Select>
    </Field>
  );
}

/** Apply (submits the GET form, so filters land in the URL) and Reset (back to the bare list). */
export function FilterActions({ resetHref, applyLabel = "Apply" }: { resetHref: string; applyLabel?: string }) {
  return (
    <div className="flex items-end gap-2">
      <button type="submit" className={buttonClass("primary")}>
        {applyLabel}
      </button>
      <Link href={resetHref} className={buttonClass("secondary")}>
        Reset
      </Link>
    </div>
  );
}
