import { describe, expect, it } from "vitest";
import { COUNTRIES, isCountryCode } from "./countries";

describe("countries", () => {
  it("lists every ISO 3166-1 alpha-2 code once, sorted by name", () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    const names = COUNTRIES.map((c) => c.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "en"))).toEqual(names);
  });

  it("knows codes and names", () => {
    expect(isCountryCode("ES")).toBe(true);
    expect(isCountryCode("es")).toBe(false);
    expect(isCountryCode("ZZ")).toBe(false);
    const name = (code: string) => COUNTRIES.find((c) => c.code === code)?.name;
    expect(name("US")).toBe("United States");
    expect(name("ES")).toBe("Spain");
    expect(name("AX")).toBe("Åland Islands");
  });
});
