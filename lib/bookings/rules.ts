// The numbers and rules of booking, cancellation and refunds.
// Pure: no I/O, no clock (the caller passes `now`), no randomness (the caller passes bytes).
import { applyBasisPoints } from "@/lib/money";
import type { BookingStatus, LaunchStatus } from "@/db/schema";
import { ageOn, parseIsoDate, utcDateOf } from "@/lib/identity/age";

export const SEAT_LIMIT = 4;
export const VIP_SEAT_LIMIT = 6;
/** Confirmed bookings on distinct launches that make a traveler VIP. */
export const VIP_MIN_TRIPS = 2;
export const HOLD_MINUTES = 10;
/** Under this many seconds left the payment step's countdown turns amber and says so. */
export const HOLD_WARNING_SECONDS = 120;
/**
 * Unpaid holds one traveler may have at once, across all launches. With the hold's
 * 10 minutes this keeps one person with a few free accounts from keeping a launch
 * "sold out": each account can block at most this many bookings' seats.
 */
export const MAX_UNPAID_HOLDS = 2;
export const PASSENGER_MIN_AGE = 18;
export const PASSENGER_MAX_AGE = 70;

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// ---- VIP and seat limits -------------------------------------------------------------

export function isVipByTrips(confirmedDistinctLaunches: number): boolean {
  return confirmedDistinctLaunches >= VIP_MIN_TRIPS;
}

/** Live seats one traveler may hold on one launch, across all his bookings. */
export function seatLimitFor(vip: boolean): number {
  return vip ? VIP_SEAT_LIMIT : SEAT_LIMIT;
}

// ---- Bookability and holds -------------------------------------------------------------

export const BOOKABLE_STATUSES: readonly LaunchStatus[] = ["scheduled", "delayed"];

/** A launch is bookable while scheduled or delayed and its date is still ahead (seats aside). */
export function isLaunchBookable(status: LaunchStatus, date: Date, now: Date): boolean {
  return BOOKABLE_STATUSES.includes(status) && date.getTime() > now.getTime();
}

export function holdExpiresAt(now: Date): Date {
  return new Date(now.getTime() + HOLD_MINUTES * MINUTE_MS);
}

/** Whether a booking still owns its seats at `now`: confirmed, or held and not yet expired. */
export function isLiveAt(status: BookingStatus, expiresAt: Date | null, now: Date): boolean {
  if (status === "confirmed") return true;
  return status === "held" && expiresAt !== null && expiresAt.getTime() > now.getTime();
}

/** The refusal of one hold too many: what to do about it, in words a traveler acts on. */
export function tooManyHoldsMessage(): string {
  return `You already have ${MAX_UNPAID_HOLDS} unpaid holds. Pay for one or release it to hold more seats.`;
}

/** Seconds left on a hold (0 once expired). */
export function holdSecondsLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));
}

/** Seat numbers 1..capacity that are not in `taken`. */
export function freeSeats(capacity: number, taken: Iterable<number>): number[] {
  const busy = new Set(taken);
  const out: number[] = [];
  for (let seat = 1; seat <= capacity; seat++) if (!busy.has(seat)) out.push(seat);
  return out;
}

/** The `count` lowest free seats, or null when fewer remain. */
export function lowestFreeSeats(capacity: number, taken: Iterable<number>, count: number): number[] | null {
  const free = freeSeats(capacity, taken);
  return free.length >= count ? free.slice(0, count) : null;
}

/** Seat numbers that are not an integer in 1..capacity. */
export function seatsOutOfRange(seats: number[], capacity: number): number[] {
  return seats.filter((s) => !Number.isInteger(s) || s < 1 || s > capacity);
}

export function hasDuplicates(seats: number[]): boolean {
  return new Set(seats).size !== seats.length;
}

// ---- Passengers ------------------------------------------------------------------------

/** A passenger's age on the launch's (UTC) date, or null for an invalid date of birth. */
export function passengerAgeOn(dateOfBirth: string, launchDate: Date): number | null {
  const birth = parseIsoDate(dateOfBirth);
  return birth ? ageOn(birth, utcDateOf(launchDate)) : null;
}

/** null when the passenger may fly (18–70 on the launch date), else why not. */
export function passengerAgeError(dateOfBirth: string, launchDate: Date): string | null {
  const age = passengerAgeOn(dateOfBirth, launchDate);
  if (age === null) return "Enter a valid date of birth (YYYY-MM-DD).";
  if (age < PASSENGER_MIN_AGE || age > PASSENGER_MAX_AGE) {
    return `A passenger must be ${PASSENGER_MIN_AGE} to ${PASSENGER_MAX_AGE} years old on the launch date (this one would be ${age}).`;
  }
  return null;
}

// ---- Money and refunds ------------------------------------------------------------------

export function bookingAmountCents(seatCount: number, pricePerSeatCents: number): number {
  return seatCount * pricePerSeatCents;
}

/** `cents × percent / 100`, half-up to the cent, through the app's one rounding helper. */
export function percentOfCents(cents: number, percent: number): number {
  return applyBasisPoints(cents, percent * 100);
}

export const REFUND_TIERS = [
  { minDays: 365, percent: 90 },
  { minDays: 90, percent: 70 },
] as const;
export const ABORT_REFUND_PERCENT = 100;

/** Whole-or-partial days from `now` until `launchDate` (negative once it has passed). */
export function daysBefore(launchDate: Date, now: Date): number {
  return (launchDate.getTime() - now.getTime()) / DAY_MS;
}

/** The refund percent a traveler gets cancelling at `now` (90 % ≥ 365 days, 70 % ≥ 90 days, else 0). */
export function refundPercentAt(launchDate: Date, now: Date): number {
  const days = daysBefore(launchDate, now);
  return REFUND_TIERS.find((tier) => days >= tier.minDays)?.percent ?? 0;
}

export interface RefundDeadline {
  percent: number;
  /** The last instant a cancellation still gets `percent` back. */
  until: Date;
  /** True once `until` is behind `now`: this tier no longer applies. */
  passed: boolean;
}

/**
 * The refund tiers as dates for one launch ("cancel by … : 90 % back; by … : 70 %;
 * after: nothing"), so a traveler sees what the policy means for his trip before paying.
 */
export function refundDeadlines(launchDate: Date, now: Date): RefundDeadline[] {
  return REFUND_TIERS.map((tier) => {
    const until = new Date(launchDate.getTime() - tier.minDays * DAY_MS);
    return { percent: tier.percent, until, passed: until.getTime() < now.getTime() };
  });
}

export interface RefundQuote {
  refundPercent: number;
  refundCents: number;
}

export function refundQuote(amountCents: number, launchDate: Date, now: Date): RefundQuote {
  const refundPercent = refundPercentAt(launchDate, now);
  return { refundPercent, refundCents: percentOfCents(amountCents, refundPercent) };
}

export function abortRefund(amountCents: number): RefundQuote {
  return { refundPercent: ABORT_REFUND_PERCENT, refundCents: percentOfCents(amountCents, ABORT_REFUND_PERCENT) };
}

/** null when a confirmed booking can be cancelled now; otherwise why not. */
export function cancellationError(input: {
  bookingStatus: BookingStatus;
  launchStatus: LaunchStatus;
  launchDate: Date;
  now: Date;
}): string | null {
  if (input.bookingStatus !== "confirmed")
    return `Only a confirmed booking can be cancelled (this one is ${input.bookingStatus}).`;
  if (input.launchStatus === "successful" || input.launchStatus === "failed")
    return `The launch is already ${input.launchStatus}; the booking can no longer be cancelled.`;
  if (input.launchStatus === "aborted")
    return "The launch was aborted; the booking was refunded in full automatically.";
  if (input.launchDate.getTime() <= input.now.getTime())
    return "The launch date has passed; the booking can no longer be cancelled.";
  return null;
}

// ---- References -------------------------------------------------------------------------

/** No 0/O/1/I: a reference read over the phone is never ambiguous. */
export const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const REFERENCE_LENGTH = 6;
export const REFERENCE_PATTERN = /^AB-[A-HJ-NP-Z2-9]{6}$/;

/** `AB-XXXXXX` from at least 6 random bytes (32 symbols: each byte's low 5 bits, no bias). */
export function bookingReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < REFERENCE_LENGTH) throw new Error("bookingReference needs 6 random bytes");
  let code = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) code += REFERENCE_ALPHABET[randomBytes[i] % REFERENCE_ALPHABET.length];
  return `AB-${code}`;
}

// ---- Cards (sandbox) ---------------------------------------------------------------------

/** Digits only ("4242 4242-4242 4242" → "4242424242424242"). */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}
