import { describe, expect, it } from "vitest";
import { ageAt, ageOn, parseIsoDate } from "./age";

const d = (s: string) => parseIsoDate(s)!;

describe("ageOn", () => {
  it("counts the birthday on its own date", () => {
    expect(ageOn(d("2008-06-15"), d("2026-06-14"))).toBe(17);
    expect(ageOn(d("2008-06-15"), d("2026-06-15"))).toBe(18);
    expect(ageOn(d("1955-06-15"), d("2026-06-14"))).toBe(70);
    expect(ageOn(d("1955-06-15"), d("2026-06-15"))).toBe(71);
  });

  it("gives a 29 February birthday its year on 1 March in a common year", () => {
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18);
    expect(ageOn(d("2008-02-29"), d("2028-02-29"))).toBe(20);
  });
});

describe("ageAt", () => {
  it("uses the UTC date of the instant", () => {
    expect(ageAt("2008-06-15", new Date("2026-06-14T23:59:59Z"))).toBe(17);
    expect(ageAt("2008-06-15", new Date("2026-06-15T00:00:00Z"))).toBe(18);
  });

  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024-1-1", "", "2024-01-01T00:00:00Z"])(
    "refuses the invalid date %s",
    (value) => {
      expect(ageAt(value, new Date("2026-01-01T00:00:00Z"))).toBeNull();
    },
  );
});
