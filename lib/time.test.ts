import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logFilterSchema } from "./monitoring/log-schemas";
import {
  calendarDaySchema,
  isCalendarDay,
  localInputToIso,
  readUtcInstant,
  toLocalInputValue,
  toUtcInputValue,
  zoneLabel,
} from "./time";

const previousTz = process.env.TZ;
beforeAll(() => {
  // Node reads TZ again when it changes: the "viewer" of these tests is in New York.
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  process.env.TZ = previousTz;
});

describe("log filter instants", () => {
  it("converts what the viewer types in their zone to a UTC instant, and back", () => {
    expect(localInputToIso("2026-11-25T09:30")).toBe("2026-11-25T14:30:00.000Z"); // EST, UTC-5
    expect(localInputToIso("2026-07-01T09:30")).toBe("2026-07-01T13:30:00.000Z"); // EDT, UTC-4
    expect(toLocalInputValue(new Date("2026-11-25T14:30:00.000Z"))).toBe("2026-11-25T09:30");
    expect(toUtcInputValue(new Date("2026-11-25T14:30:00.000Z"))).toBe("2026-11-25T14:30");
    expect(localInputToIso("2026-11-25T09:30:15")).toBe("2026-11-25T14:30:15.000Z");
    for (const bad of ["", "2026-11-25", "2026-02-31T10:00", "2026-11-25T24:00", "2026-11-25T09:30Z", "yesterday", 42])
      expect(localInputToIso(bad), String(bad)).toBeNull();
  });

  it("names the zone with its offset at that instant", () => {
    expect(zoneLabel("America/New_York", new Date("2026-11-25T12:00:00Z"))).toBe("America/New_York, GMT-05:00");
    expect(zoneLabel("Asia/Kolkata", new Date("2026-11-25T12:00:00Z"))).toBe("Asia/Kolkata, GMT+05:30");
    expect(zoneLabel("UTC", new Date("2026-11-25T12:00:00Z"))).toBe("UTC, GMT+00:00");
  });

  it("reads a URL value exactly as the filter schema does (zone-less = UTC, whatever the runtime's zone)", () => {
    for (const text of [
      "2026-11-25T14:30:00.000Z",
      "2026-11-25T14:30",
      "2026-11-25",
      "2026-11-25T14:30+09:00",
      "2026-02-31T00:00",
      "2026-13-01",
      "1969-12-31",
      "yesterday",
    ]) {
      const viaSchema = logFilterSchema.safeParse({ from: text });
      expect(readUtcInstant(text), text).toEqual(viaSchema.success ? (viaSchema.data.from ?? null) : null);
    }
    expect(readUtcInstant("2026-11-25T14:30")?.toISOString()).toBe("2026-11-25T14:30:00.000Z");
  });
});

describe("calendar days", () => {
  it("accepts only days the calendar has", () => {
    for (const day of ["2024-02-29", "2026-12-31", "2026-01-01"]) expect(isCalendarDay(day), day).toBe(true);
    for (const day of ["2023-02-29", "2026-02-31", "2026-13-01", "2026-04-31", "2026-1-1", "20260101", ""])
      expect(isCalendarDay(day), day).toBe(false);
  });
  it("as a form field: the format message first, then the day that does not exist", () => {
    const schema = calendarDaySchema("Pick a day.");
    expect(schema.safeParse("2024-02-29").success).toBe(true);
    expect(schema.safeParse("29/02/2024").error?.issues[0].message).toBe("Pick a day.");
    expect(schema.safeParse("2026-02-31").error?.issues[0].message).toBe("Not a valid date.");
  });
});
