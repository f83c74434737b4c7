// ISO 3166-1 alpha-2 countries with English short names, for select boxes and validation.
// The codes are the ones validator knows (isISO31661Alpha2), the names come from the
// runtime's CLDR data (Intl.DisplayNames): nothing to keep by hand. Node and current
// browsers ship the same English names, so the server-rendered select and the hydrated one agree.
import { CountryCodes } from "validator/lib/isISO31661Alpha2";

export interface Country {
  code: string;
  name: string;
}

const names = new Intl.DisplayNames(["en"], { type: "region" });
const byName = new Intl.Collator("en");

export const COUNTRIES: readonly Country[] = [...CountryCodes]
  .map((code) => ({ code, name: names.of(code) ?? code }))
  .sort((a, b) => byName.compare(a.name, b.name));

/** An upper-case ISO 3166-1 alpha-2 code ("ES"; not "es", not "XX"). */
export function isCountryCode(code: string): boolean {
  return (CountryCodes as ReadonlySet<string>).has(code);
}
