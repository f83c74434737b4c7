// Calendar days and instants as text: URL values, form fields and datetime-local inputs.
// Pure and safe in the browser (the forms convert what the viewer types in their own zone).
import { z } from "zod";

const CALENDAR_DAY = z.iso.date();

/**
 * "YYYY-MM-DD" naming a day the calendar has: 2024-02-29 yes; 2023-02-29, 2026-02-31 and
 * 2026-13-01 no (JS Date would roll them over into the next month instead of refusing them).
 */
export const isCalendarDay = (text: string): boolean => CALENDAR_DAY.safeParse(text).success;

/** A "YYYY-MM-DD" form or query field: the format message first, then "a day that exists". */
export function calendarDaySchema(formatMessage = "Use YYYY-MM-DD.", invalidMessage = "Not a valid date.") {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, formatMessage)
    .refine(isCalendarDay, invalidMessage);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The instant an ISO date or date-time names, read as UTC when it has no zone (a bare date is
 * UTC midnight). Null for anything else, days the calendar does not have included, and for
 * years outside 1970–9999.
 */
export function readUtcInstant(text: string): Date | null {
  if (!ISO_INSTANT.test(text) || !isCalendarDay(text.slice(0, 10))) return null;
  const zoned = text.includes("T") ? (/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`) : `${text}T00:00:00Z`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 9999) return null;
  return date;
}

// What <input type="datetime-local"> holds: wall-clock time without a zone, seconds optional.
const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * A datetime-local value read in this runtime's time zone (the viewer's, in the browser), as an
 * unambiguous UTC instant ("…Z"). Null when empty, not in the input's format, or not a real
 * day or time. A time skipped by a daylight-saving jump resolves forward, as the browser's own
 * Date does.
 */
export function localInputToIso(value: unknown): string | null {
  const m = typeof value === "string" ? LOCAL_INPUT.exec(value) : null;
  if (!m || !isCalendarDay(m[1])) return null;
  const [y, mo, d] = m[1].split("-").map(Number);
  const [h, mi, s] = [m[2], m[3], m[4] ?? "0"].map(Number);
  if (h > 23 || mi > 59 || s > 59) return null;
  return new Date(y, mo - 1, d, h, mi, s).toISOString();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The value of a datetime-local input showing `date` in this runtime's time zone ("YYYY-MM-DDTHH:mm"). */
export function toLocalInputValue(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of a datetime-local input showing `date` in UTC (what a page shows before it knows the viewer's zone). */
export function toUtcInputValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** How a form names the viewer's zone: "Europe/Madrid, GMT+01:00" (the offset at `at`). */
export function zoneLabel(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = part === "GMT" ? "GMT+00:00" : part;
  return offset ? `${timeZone}, ${offset}` : timeZone;
}
