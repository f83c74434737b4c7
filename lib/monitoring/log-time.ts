// Instants of the log filter, as text in URLs and in datetime-local inputs. Pure, and safe
// in the browser: the filter form converts what the viewer types in their own time zone.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The instant a filter value names: an ISO date-time with a zone; without a zone it is UTC
 * (the API documents it); a bare date is UTC midnight. Null for anything else, including
 * days the calendar does not have (JS would roll 2026-02-31 over to March).
 */
export function readFilterInstant(text: string): Date | null {
  if (!ISO_INSTANT.test(text)) return null;
  const zoned = text.includes("T") ? (/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`) : `${text}T00:00:00Z`;
  const date = new Date(zoned);
  const [y, m, d] = text.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 9999) return null;
  return date;
}

/** The value of a datetime-local input showing `date` in this runtime's time zone ("YYYY-MM-DDTHH:mm"). */
export function toLocalInputValue(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of a datetime-local input showing `date` in UTC (what the page shows before it knows the viewer's zone). */
export function toUtcInputValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/**
 * A datetime-local value read in this runtime's time zone, as an unambiguous UTC instant
 * ("…Z") for the URL. Null when empty or not a real wall-clock time. A time skipped by a
 * daylight-saving jump resolves forward, as the browser's own Date does.
 */
export function localInputToIso(value: string): string | null {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(date.getTime()) || date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return date.toISOString();
}

/** How the form names the viewer's zone: "Europe/Madrid, GMT+01:00" (the offset at `at`). */
export function zoneLabel(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = part === "GMT" ? "GMT+00:00" : part;
  return offset ? `${timeZone}, ${offset}` : timeZone;
}
