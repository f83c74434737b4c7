import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  checkTransition,
  defaultMinimumOccupancy,
  destinationsFor,
  isValidCapacity,
  isValidMinimumOccupancy,
  isValidPrice,
  isViable,
  launchPath,
  launchSlug,
  launchTitle,
  leadTimeError,
  occupancyPercent,
  rangeCovers,
  rocketGapError,
  slugify,
} from "./rules";

const H = 60 * 60 * 1000;
const D = 24 * H;
const now = new Date("2027-01-01T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("capacity, price, minimum occupancy", () => {
  it.each([
    [0, false],
    [1, true],
    [100, true],
    [101, false],
    [1.5, false],
  ])("capacity %s valid: %s", (c, ok) => expect(isValidCapacity(c)).toBe(ok));

  it.each([
    [0, false],
    [1, true],
    [100_000_000, true],
    [100_000_001, false],
    [-5, false],
    [10.5, false],
  ])("price %s cents valid: %s", (p, ok) => expect(isValidPrice(p)).toBe(ok));

  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [5, 3],
    [10, 6],
    [11, 7],
    [99, 60],
    [100, 60],
  ])("default minimum occupancy of capacity %s is %s (ceil 60 %%)", (c, m) =>
    expect(defaultMinimumOccupancy(c)).toBe(m),
  );

  it("minimum occupancy is 1..capacity", () => {
    expect(isValidMinimumOccupancy(0, 10)).toBe(false);
    expect(isValidMinimumOccupancy(1, 10)).toBe(true);
    expect(isValidMinimumOccupancy(10, 10)).toBe(true);
    expect(isValidMinimumOccupancy(11, 10)).toBe(false);
  });

  it("occupancy and viability", () => {
    expect(occupancyPercent(0, 10)).toBe(0);
    expect(occupancyPercent(1, 3)).toBe(33.3);
    expect(occupancyPercent(10, 10)).toBe(100);
    expect(isViable(5, 6)).toBe(false);
    expect(isViable(6, 6)).toBe(true);
    expect(isViable(7, 6)).toBe(true);
  });
});

describe("range and destinations", () => {
  it("orders suborbital < low_earth < moon < mars", () => {
    expect(destinationsFor("suborbital")).toEqual(["suborbital"]);
    expect(destinationsFor("low_earth")).toEqual(["suborbital", "leo", "iss"]);
    expect(destinationsFor("moon")).toEqual(["suborbital", "leo", "iss", "moon"]);
    expect(destinationsFor("mars")).toEqual(["suborbital", "leo", "iss", "moon", "mars"]);
  });
  it("a rocket cannot fly beyond its range", () => {
    expect(rangeCovers("low_earth", "iss")).toBe(true);
    expect(rangeCovers("low_earth", "moon")).toBe(false);
    expect(rangeCovers("moon", "mars")).toBe(false);
    expect(rangeCovers("suborbital", "leo")).toBe(false);
  });
});

describe("24 h lead and 7 days between launches of one rocket", () => {
  it("accepts exactly 24 h ahead and refuses a millisecond less", () => {
    expect(leadTimeError(at(24 * H), now)).toBeNull();
    expect(leadTimeError(at(24 * H - 1), now)).toMatch(/24 hours/);
    expect(leadTimeError(at(-D), now)).toMatch(/24 hours/);
  });
  it("accepts exactly 7 days apart and refuses less, on both sides", () => {
    const other = at(30 * D);
    expect(rocketGapError(at(37 * D), [other])).toBeNull();
    expect(rocketGapError(at(23 * D), [other])).toBeNull();
    expect(rocketGapError(at(37 * D - 1), [other])).toMatch(/7 days apart/);
    expect(rocketGapError(at(23 * D + 1), [other])).toMatch(/7 days apart/);
    expect(rocketGapError(at(30 * D), [])).toBeNull();
  });
});

describe("status machine", () => {
  const date = at(10 * D);
  it("scheduled and delayed may go to every other status; final ones to none", () => {
    expect(allowedTransitions("scheduled")).toEqual(["delayed", "aborted", "successful", "failed"]);
    expect(allowedTransitions("delayed")).toEqual(["delayed", "aborted", "successful", "failed"]);
    expect(allowedTransitions("aborted")).toEqual([]);
    expect(allowedTransitions("successful")).toEqual([]);
    expect(allowedTransitions("failed")).toEqual([]);
  });

  it.each(["aborted", "successful", "failed"] as const)("%s is final", (from) => {
    for (const to of ["delayed", "aborted", "successful", "failed"] as const) {
      const r = checkTransition({ from, to, date, now: at(20 * D), newDate: at(40 * D) });
      expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/no longer change/) });
    }
  });

  it("never goes back to scheduled", () => {
    expect(checkTransition({ from: "delayed", to: "scheduled", date, now })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/back to scheduled/),
    });
  });

  describe.each(["scheduled", "delayed"] as const)("from %s", (from) => {
    it("delay needs a new date, later than the current one and ≥ 24 h ahead", () => {
      expect(checkTransition({ from, to: "delayed", date, now })).toMatchObject({
        ok: false,
        field: "date",
        message: expect.stringMatching(/needs the new launch date/),
      });
      expect(checkTransition({ from, to: "delayed", date, now, newDate: date })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/later than the current/),
      });
      expect(checkTransition({ from, to: "delayed", date, now, newDate: new Date(date.getTime() + 1) })).toEqual({
        ok: true,
      });
      // A launch whose date is near (or passed) may be delayed, but only to ≥ 24 h ahead.
      const soon = at(2 * H);
      expect(checkTransition({ from, to: "delayed", date: soon, now, newDate: at(24 * H - 1) })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/24 hours ahead/),
      });
      expect(checkTransition({ from, to: "delayed", date: soon, now, newDate: at(24 * H) })).toEqual({ ok: true });
    });
    it("abort only before the launch date", () => {
      expect(checkTransition({ from, to: "aborted", date, now: new Date(date.getTime() - 1) })).toEqual({ ok: true });
      expect(checkTransition({ from, to: "aborted", date, now: date })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/before its launch date/),
      });
    });
    it.each(["successful", "failed"] as const)("%s only once the date has passed", (to) => {
      expect(checkTransition({ from, to, date, now: new Date(date.getTime() - 1) })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/once its launch date has passed/),
      });
      expect(checkTransition({ from, to, date, now: date })).toEqual({ ok: true });
    });
  });
});

describe("slug, title and path", () => {
  const input = {
    id: "3f9a1c77-1234-4abc-8def-0123456789ab",
    date: new Date("2027-03-14T18:30:00Z"),
    destination: "moon" as const,
    rocketName: "Falcon X",
    spaceport: "Cape Canaveral",
  };
  it("names date, destination, rocket, spaceport and a short id", () => {
    expect(launchSlug(input)).toBe("2027-03-14-moon-falcon-x-cape-canaveral-3f9a1c");
    expect(launchPath(launchSlug(input))).toBe("/launches/2027-03-14-moon-falcon-x-cape-canaveral-3f9a1c");
  });
  it("keeps only URL-safe ASCII", () => {
    expect(slugify("  Estación Espacial — Ñandú #2 ")).toBe("estacion-espacial-nandu-2");
    expect(launchSlug({ ...input, rocketName: "Λ", spaceport: "Kourou" })).toBe("2027-03-14-moon-kourou-3f9a1c");
  });
  it("titles a launch", () => {
    expect(launchTitle(input)).toBe("Moon · Falcon X · Cape Canaveral");
    expect(launchTitle({ ...input, destination: "iss" })).toBe("ISS · Falcon X · Cape Canaveral");
  });
});
