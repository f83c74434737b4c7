// Age arithmetic on calendar dates (YYYY-MM-DD). Pure: the caller passes "today".
import { isCalendarDay } from "@/lib/time";

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** A real calendar date from "YYYY-MM-DD", or null (rejects 2023-02-29, 2024-13-01, …). */
export function parseIsoDate(value: string): CalendarDate | null {
  if (!isCalendarDay(value)) return null;
  const [year, month, day] = value.split("-").map(Number);
  return { year, month, day };
}

/** The calendar date of an instant, in UTC (the product's reference time zone for rules). */
export function utcDateOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

export function isoDateOf(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/**
 * Completed years between `birth` and `on`. The birthday counts on its own date; a
 * 29 February birthday counts on 1 March in common years.
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/** Age from an ISO date of birth on the UTC date of `now`; null if the date is invalid. */
export function ageAt(dateOfBirth: string, now: Date): number | null {
  const birth = parseIsoDate(dateOfBirth);
  return birth ? ageOn(birth, utcDateOf(now)) : null;
}
