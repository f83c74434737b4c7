import type { SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/field";
import { COUNTRIES } from "@/lib/identity/countries";

/** A select of every ISO 3166 country, by English name. */
export function CountrySelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Select {...props}>
      <option value="">Choose a country…</option>
      {COUNTRIES.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
