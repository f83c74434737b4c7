import Link from "next/link";
import { buttonClass } from "./button";
import { Field, Select } from "./field";

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
