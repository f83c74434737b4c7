import { describe, expect, it } from "vitest";
import {
  abortRefund,
  bookingReference,
  cancellationError,
  holdExpiresAt,
  isLaunchBookable,
  isLiveAt,
  isVipByTrips,
  lowestFreeSeats,
  passengerAgeError,
  percentOfCents,
  REFERENCE_PATTERN,
  refundDeadlines,
  refundPercentAt,
  refundQuote,
  seatLimitFor,
  seatsOutOfRange,
} from "./rules";

const DAY = 24 * 60 * 60 * 1000;
const launch = new Date("2028-06-15T12:00:00Z");
const before = (ms: number) => new Date(launch.getTime() - ms);

describe("refund policy", () => {
  it("names each tier's last day for this launch, and agrees with the percent on both sides of it", () => {
    const now = before(200 * DAY);
    const [ninety, seventy] = refundDeadlines(launch, now);
    expect(ninety).toEqual({ percent: 90, until: before(365 * DAY), passed: true });
    expect(seventy).toEqual({ percent: 70, until: before(90 * DAY), passed: false });
    expect(refundPercentAt(launch, seventy.until)).toBe(70);
    expect(refundPercentAt(launch, new Date(seventy.until.getTime() + 1))).toBe(0);
  });
  it("gives 90 % at exactly 365 days, 70 % one millisecond later", () => {
    expect(refundPercentAt(launch, before(365 * DAY))).toBe(90);
    expect(refundPercentAt(launch, before(365 * DAY - 1))).toBe(70);
    expect(refundPercentAt(launch, before(400 * DAY))).toBe(90);
  });
  it("gives 70 % at exactly 90 days, 0 % one millisecond later", () => {
    expect(refundPercentAt(launch, before(90 * DAY))).toBe(70);
    expect(refundPercentAt(launch, before(90 * DAY - 1))).toBe(0);
    expect(refundPercentAt(launch, before(DAY))).toBe(0);
  });
  it("rounds half-up to the cent, once", () => {
    expect(percentOfCents(5, 90)).toBe(5); // 4.5 → 5
    expect(percentOfCents(15, 70)).toBe(11); // 10.5 → 11
    expect(percentOfCents(14, 70)).toBe(10); // 9.8 → 10
    expect(percentOfCents(12_345_678, 90)).toBe(11_111_110); // 11,111,110.2
    expect(refundQuote(333, launch, before(365 * DAY))).toEqual({ refundPercent: 90, refundCents: 300 }); // 299.7
    expect(abortRefund(98_765)).toEqual({ refundPercent: 100, refundCents: 98_765 });
  });
});

describe("passenger age on the launch date", () => {
  it("accepts the 18th birthday on the launch date, refuses the day before", () => {
    expect(passengerAgeError("2010-06-15", launch)).toBeNull();
    expect(passengerAgeError("2010-06-16", launch)).toMatch(/18 to 70/);
  });
  it("accepts the day before the 71st birthday, refuses the 71st birthday", () => {
    expect(passengerAgeError("1957-06-16", launch)).toBeNull();
    expect(passengerAgeError("1957-06-15", launch)).toMatch(/would be 71/);
  });
  it("refuses an impossible date", () => {
    expect(passengerAgeError("2001-02-29", launch)).toMatch(/valid date/);
  });
});

describe("seats, limits and holds", () => {
  it("gives 4 seats, 6 to a VIP (2 trips)", () => {
    expect(seatLimitFor(false)).toBe(4);
    expect(seatLimitFor(true)).toBe(6);
    expect(isVipByTrips(1)).toBe(false);
    expect(isVipByTrips(2)).toBe(true);
  });
  it("picks the lowest free seats or none", () => {
    expect(lowestFreeSeats(5, [1, 3], 2)).toEqual([2, 4]);
    expect(lowestFreeSeats(3, [1, 3], 2)).toBeNull();
    expect(seatsOutOfRange([0, 1, 5, 6, 2.5], 5)).toEqual([0, 6, 2.5]);
  });
  it("holds for 10 minutes; an expired hold is not live", () => {
    const now = new Date("2028-01-01T00:00:00Z");
    const exp = holdExpiresAt(now);
    expect(exp.getTime() - now.getTime()).toBe(10 * 60 * 1000);
    expect(isLiveAt("held", exp, now)).toBe(true);
    expect(isLiveAt("held", exp, exp)).toBe(false);
    expect(isLiveAt("confirmed", null, exp)).toBe(true);
    expect(isLiveAt("expired", exp, now)).toBe(false);
  });
  it("is bookable only scheduled/delayed and before the date", () => {
    expect(isLaunchBookable("scheduled", launch, before(1))).toBe(true);
    expect(isLaunchBookable("delayed", launch, before(1))).toBe(true);
    expect(isLaunchBookable("scheduled", launch, launch)).toBe(false);
    expect(isLaunchBookable("aborted", launch, before(DAY))).toBe(false);
  });
  it("refuses cancellation after the date or once the launch has flown", () => {
    const base = { bookingStatus: "confirmed" as const, launchDate: launch };
    expect(cancellationError({ ...base, launchStatus: "scheduled", now: before(1) })).toBeNull();
    expect(cancellationError({ ...base, launchStatus: "scheduled", now: launch })).toMatch(/passed/);
    expect(cancellationError({ ...base, launchStatus: "successful", now: before(DAY) })).toMatch(/successful/);
    expect(cancellationError({ ...base, launchStatus: "failed", now: before(DAY) })).toMatch(/failed/);
    expect(cancellationError({ ...base, bookingStatus: "held", launchStatus: "scheduled", now: before(DAY) })).toMatch(
      /confirmed/,
    );
  });
});

describe("booking reference", () => {
  it("is AB- and 6 unambiguous characters", () => {
    const ref = bookingReference(new Uint8Array([0, 1, 8, 13, 31, 255]));
    expect(ref).toMatch(REFERENCE_PATTERN);
    expect(ref).not.toMatch(/[01OI]/);
    for (let b = 0; b < 256; b++) expect(bookingReference(new Uint8Array(6).fill(b))).toMatch(REFERENCE_PATTERN);
  });
});
