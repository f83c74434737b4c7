import { describe, expect, it } from "vitest";
import { isValidPhone, toE164 } from "./phone";

describe("phone numbers", () => {
  it("normalises international numbers to E.164", () => {
    expect(toE164("+1 (415) 555-0101")).toBe("+14155550101");
    expect(toE164("+34 612 34 56 78")).toBe("+34612345678");
  });

  it("reads a national number in the given country", () => {
    expect(toE164("612 345 678", "ES")).toBe("+34612345678");
    expect(toE164("612 345 678")).toBeNull();
  });

  it.each(["", "12", "+3461234567", "+999123456", "not a phone", "+1".padEnd(50, "5")])("refuses %j", (value) => {
    expect(isValidPhone(value, "ES")).toBe(false);
    expect(toE164(value, "ES")).toBeNull();
  });

  it("ignores a country libphonenumber does not know", () => {
    expect(isValidPhone("+34612345678", "ZZ")).toBe(true);
  });
});
