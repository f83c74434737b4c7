// The numbers and rules of agencies, rockets and launches, and the launch status machine.
// Pure: no I/O, no clock (the caller passes `now`). Every refusal comes with a
// message that says why, so the UI and the API can show it as it is.
import type { Destination, LaunchStatus, RocketRange } from "@/db/schema";

export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 100;
export const PRICE_MIN_CENTS = 1;
export const PRICE_MAX_CENTS = 100_000_000;
export const MIN_LEAD_HOURS = 24;
export const ROCKET_GAP_DAYS = 7;
export const DEFAULT_MIN_OCCUPANCY_PERCENT = 60;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const RANGES = ["suborbital", "low_earth", "moon", "mars"] as const satisfies readonly RocketRange[];
export const DESTINATIONS = ["suborbital", "leo", "iss", "moon", "mars"] as const satisfies readonly Destination[];
export const LAUNCH_STATUSES = [
  "scheduled",
  "delayed",
  "aborted",
  "successful",
  "failed",
] as const satisfies readonly LaunchStatus[];

/** The range a rocket needs to reach each destination. */
export const DESTINATION_RANGE: Record<Destination, RocketRange> = {
  suborbital: "suborbital",
  leo: "low_earth",
  iss: "low_earth",
  moon: "moon",
  mars: "mars",
};

export const RANGE_LABELS: Record<RocketRange, string> = {
  suborbital: "Suborbital",
  low_earth: "Low Earth orbit",
  moon: "Moon",
  mars: "Mars",
};

export const DESTINATION_LABELS: Record<Destination, string> = {
  suborbital: "Suborbital",
  leo: "Low Earth orbit",
  iss: "ISS",
  moon: "Moon",
  mars: "Mars",
};

export const STATUS_LABELS: Record<LaunchStatus, string> = {
  scheduled: "Scheduled",
  delayed: "Delayed",
  aborted: "Aborted",
  successful: "Successful",
  failed: "Failed",
};

/** A rocket of `range` reaches `destination` when its range is at least the one needed. */
export function rangeCovers(range: RocketRange, destination: Destination): boolean {
  return RANGES.indexOf(range) >= RANGES.indexOf(DESTINATION_RANGE[destination]);
}

/** The destinations a rocket of this range can fly to, in order. */
export function destinationsFor(range: RocketRange): Destination[] {
  return DESTINATIONS.filter((d) => rangeCovers(range, d));
}

export function isValidCapacity(capacity: number): boolean {
  return Number.isInteger(capacity) && capacity >= CAPACITY_MIN && capacity <= CAPACITY_MAX;
}

export function isValidPrice(cents: number): boolean {
  return Number.isInteger(cents) && cents >= PRICE_MIN_CENTS && cents <= PRICE_MAX_CENTS;
}

/** ceil(60 % of capacity), in integers so no float can round it the wrong way. */
export function defaultMinimumOccupancy(capacity: number): number {
  return Math.floor((capacity * DEFAULT_MIN_OCCUPANCY_PERCENT + 99) / 100);
}

export function isValidMinimumOccupancy(minimum: number, capacity: number): boolean {
  return Number.isInteger(minimum) && minimum >= 1 && minimum <= capacity;
}

/** Confirmed seats / capacity, as a percentage with one decimal (never above 100 for valid data). */
export function occupancyPercent(confirmedSeats: number, capacity: number): number {
  if (capacity <= 0) return 0;
  return Math.round((confirmedSeats * 1000) / capacity) / 10;
}

export function isViable(confirmedSeats: number, minimumOccupancy: number): boolean {
  return confirmedSeats >= minimumOccupancy;
}

/** The earliest instant a launch may be scheduled (or delayed) to. */
export function earliestLaunchDate(now: Date): Date {
  return new Date(now.getTime() + MIN_LEAD_HOURS * HOUR_MS);
}

/** null when `date` is at least 24 h after `now`; otherwise why not. */
export function leadTimeError(date: Date, now: Date): string | null {
  return date.getTime() >= earliestLaunchDate(now).getTime()
    ? null
    : `A launch must be at least ${MIN_LEAD_HOURS} hours in the future.`;
}

/** The other launch dates of the same rocket that are less than 7 days from `date`. */
export function rocketGapConflicts(date: Date, otherDates: Date[]): Date[] {
  return otherDates.filter((other) => Math.abs(other.getTime() - date.getTime()) < ROCKET_GAP_DAYS * DAY_MS);
}

export function rocketGapError(date: Date, otherDates: Date[]): string | null {
  const [conflict] = rocketGapConflicts(date, otherDates);
  return conflict
    ? `This rocket already flies on ${conflict.toISOString().slice(0, 10)}; two launches of one rocket must be at least ${ROCKET_GAP_DAYS} days apart.`
    : null;
}

// ---- Status machine ------------------------------------------------------------------

export type TargetStatus = Exclude<LaunchStatus, "scheduled">;
export const TARGET_STATUSES = [
  "delayed",
  "aborted",
  "successful",
  "failed",
] as const satisfies readonly TargetStatus[];
export const FINAL_STATUSES: readonly LaunchStatus[] = ["aborted", "successful", "failed"];

/** Which statuses a launch may move to from `from` (ignoring dates). */
export function allowedTransitions(from: LaunchStatus): TargetStatus[] {
  return FINAL_STATUSES.includes(from) ? [] : [...TARGET_STATUSES];
}

export function isFinal(status: LaunchStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export interface TransitionInput {
  from: LaunchStatus;
  to: LaunchStatus;
  /** The launch's current date. */
  date: Date;
  now: Date;
  /** Required for `delayed`: the new date. */
  newDate?: Date | null;
}

export type TransitionCheck = { ok: true } | { ok: false; message: string; field?: "status" | "date" };

/** Whether the status machine allows this change now, and if not, why. */
export function checkTransition({ from, to, date, now, newDate }: TransitionInput): TransitionCheck {
  if (isFinal(from))
    return { ok: false, field: "status", message: `This launch is already ${from}; its status can no longer change.` };
  if (!(TARGET_STATUSES as readonly LaunchStatus[]).includes(to)) {
    return { ok: false, field: "status", message: `A launch cannot go back to ${to}.` };
  }
  const launched = now.getTime() >= date.getTime();
  switch (to) {
    case "delayed": {
      if (!newDate) return { ok: false, field: "date", message: "A delay needs the new launch date." };
      if (newDate.getTime() <= date.getTime())
        return { ok: false, field: "date", message: "The new date must be later than the current launch date." };
      const lead = leadTimeError(newDate, now);
      return lead
        ? { ok: false, field: "date", message: `The new date must be at least ${MIN_LEAD_HOURS} hours ahead.` }
        : { ok: true };
    }
    case "aborted":
      return launched
        ? { ok: false, field: "status", message: "A launch can only be aborted before its launch date." }
        : { ok: true };
    case "successful":
    case "failed":
      return launched
        ? { ok: true }
        : { ok: false, field: "status", message: `A launch can only be marked ${to} once its launch date has passed.` };
    default:
      return { ok: false, field: "status", message: `Unknown status ${String(to)}.` };
  }
}

// ---- Names, titles and URLs ---------------------------------------------------------

/** Lower-case ASCII words joined by dashes ("Cape Canaveral SFS" → "cape-canaveral-sfs"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface SlugInput {
  id: string;
  date: Date;
  destination: Destination;
  rocketName: string;
  spaceport: string;
}

/** `YYYY-MM-DD-<destination>-<rocket>-<spaceport>-<short id>`; the date is the UTC day. */
export function launchSlug({ id, date, destination, rocketName, spaceport }: SlugInput): string {
  const shortId = id.replace(/-/g, "").slice(0, 6).toLowerCase();
  return [date.toISOString().slice(0, 10), destination, slugify(rocketName), slugify(spaceport), shortId]
    .filter(Boolean)
    .join("-");
}

/** "Moon · Falcon X · Cape Canaveral": the launch's name in lists, pages and emails. */
export function launchTitle({
  destination,
  rocketName,
  spaceport,
}: {
  destination: Destination;
  rocketName: string;
  spaceport: string;
}): string {
  return `${DESTINATION_LABELS[destination]} · ${rocketName} · ${spaceport}`;
}

/** The public page of a launch. */
export function launchPath(slug: string): string {
  return `/launches/${slug}`;
}
