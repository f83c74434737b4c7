// Phone numbers: validated with libphonenumber-js ("max" metadata, which checks the
// number plan of each country, not only the length) and stored in E.164.
import {
  isValidPhoneNumber,
  parsePhoneNumberFromString,
  isSupportedCountry,
  type CountryCode,
} from "libphonenumber-js/max";

function defaultCountryOf(country?: string): CountryCode | undefined {
  const code = country?.toUpperCase();
  return code && isSupportedCountry(code) ? (code as CountryCode) : undefined;
}

/**
 * Whether `value` is a valid phone number. A number written without "+country code" is
 * read as a number of `country` (ISO alpha-2) when one is given.
 */
export function isValidPhone(value: string, country?: string): boolean {
  const text = value.trim();
  if (!text || text.length > 40) return false;
  try {
    return isValidPhoneNumber(text, defaultCountryOf(country));
  } catch {
    return false;
  }
}

/** The number in E.164 ("+14155550101"), or null when it is not a valid number. */
export function toE164(value: string, country?: string): string | null {
  if (!isValidPhone(value, country)) return null;
  return parsePhoneNumberFromString(value.trim(), defaultCountryOf(country))?.number ?? null;
}
