import { describe, expect, it } from "vitest";
import { hasCountryTaxIdFormat, isValidTaxId, normalizeTaxId, taxIdError } from "./tax-id";

describe("isValidTaxId with a country validator knows", () => {
  it.each([
    ["ES", "12345678Z"],
    ["ES", "12345678z"],
    ["US", "123-45-6789"], // SSN
    ["US", "923456789"], // ITIN without dashes
    ["US", "12-3456789"], // EIN
    ["GB", "AB123456C"],
    ["DE", "26954371827"],
    ["IT", "MRTMTT25D09F205Z"],
  ])("accepts %s %s", (country, id) => {
    expect(isValidTaxId(country, id)).toBe(true);
  });

  it.each([
    ["ES", "12345678A"], // wrong check letter
    ["ES", "1234"],
    ["US", "000-45-6789"],
    ["US", "666-45-6789"],
    ["US", "123-00-6789"],
    ["US", "123-45-0000"],
    ["DE", "06954371827"],
    ["FR", "ABCDEFGH"],
  ])("refuses %s %s", (country, id) => {
    expect(isValidTaxId(country, id)).toBe(false);
  });
});

describe("isValidTaxId for other countries (generic 4–20 alphanumerics)", () => {
  it.each(["ABCD", "1234", "RFC-ABC 123456.7X", "A".repeat(20)])("accepts %s", (id) => {
    expect(hasCountryTaxIdFormat("MX")).toBe(false);
    expect(isValidTaxId("MX", id)).toBe(true);
  });

  it.each(["ABC", "A".repeat(21), "12#45", "", "   "])("refuses %j", (id) => {
    expect(isValidTaxId("MX", id)).toBe(false);
  });
});

describe("taxIdError and normalizeTaxId", () => {
  it("says which check failed", () => {
    expect(taxIdError("ES", "1")).toMatch(/selected country/);
    expect(taxIdError("JP", "1")).toMatch(/4 to 20/);
    expect(taxIdError("ES", "12345678Z")).toBeNull();
  });

  it("trims and upper-cases", () => {
    expect(normalizeTaxId(" 12345678z ")).toBe("12345678Z");
  });
});
