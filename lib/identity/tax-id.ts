// Tax ids checked by their country's format. validator's isTaxID knows ~35 countries
// (format plus check digit where the country has one); for the others we accept a sane
// generic shape. Pure and client-safe: the registration forms use it through zod.
import isTaxID from "validator/lib/isTaxID";

/** ISO 3166-1 alpha-2 → the validator locale that knows that country's tax id. */
const VALIDATOR_LOCALE: Readonly<Record<string, string>> = {
  AR: "es-AR",
  AT: "de-AT",
  BE: "fr-BE",
  BG: "bg-BG",
  BR: "pt-BR",
  CA: "en-CA",
  CY: "el-CY",
  CZ: "cs-CZ",
  DE: "de-DE",
  DK: "dk-DK",
  EE: "et-EE",
  ES: "es-ES",
  FI: "fi-FI",
  FR: "fr-FR",
  GB: "en-GB",
  GR: "el-GR",
  HR: "hr-HR",
  HU: "hu-HU",
  IE: "en-IE",
  IT: "it-IT",
  LT: "lt-LT",
  LU: "fr-LU",
  LV: "lv-LV",
  MT: "mt-MT",
  NL: "nl-NL",
  PL: "pl-PL",
  PT: "pt-PT",
  RO: "ro-RO",
  SE: "sv-SE",
  SI: "sl-SI",
  SK: "sk-SK",
  UA: "uk-UA",
  US: "en-US",
};

// validator's en-US check only knows the EIN (12-3456789), but a US traveler gives an
// SSN or ITIN (123-45-6789). Area 000 and 666, group 00 and serial 0000 are never issued.
const US_SSN_OR_ITIN = /^(?!000|666)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/;

// Countries validator does not know: 4–20 letters and digits once spaces, dots,
// hyphens and slashes are taken out.
const GENERIC = /^[A-Z0-9]{4,20}$/;

export function taxIdLocale(country: string): string | undefined {
  return VALIDATOR_LOCALE[country.toUpperCase()];
}

/** True when a library-backed, country-specific check applies (rather than the generic one). */
export function hasCountryTaxIdFormat(country: string): boolean {
  return taxIdLocale(country) !== undefined;
}

/** The tax id as stored: trimmed, upper-cased (formats are case-insensitive where letters occur). */
export function normalizeTaxId(value: string): string {
  return value.trim().toUpperCase();
}

function safeIsTaxId(value: string, locale: string): boolean {
  try {
    return isTaxID(value, locale);
  } catch {
    return false;
  }
}

/** Whether `value` is a well-formed tax id for `country` (ISO alpha-2). */
export function isValidTaxId(country: string, value: string): boolean {
  const id = normalizeTaxId(value);
  if (!id || id.length > 40) return false;
  const code = country.toUpperCase();
  const locale = taxIdLocale(code);
  if (!locale) return GENERIC.test(id.replace(/[\s./-]/g, ""));
  if (code === "US" && US_SSN_OR_ITIN.test(id)) return true;
  const compact = id.replace(/\s+/g, "");
  return safeIsTaxId(id, locale) || (compact !== id && safeIsTaxId(compact, locale));
}

/** The message shown next to the tax id field, or null when it is valid. */
export function taxIdError(country: string, value: string): string | null {
  if (isValidTaxId(country, value)) return null;
  return hasCountryTaxIdFormat(country)
    ? "This is not a valid tax id for the selected country."
    : "Enter a tax id of 4 to 20 letters and digits.";
}
