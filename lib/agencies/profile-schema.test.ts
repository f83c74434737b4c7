import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { agencyProfileSchema } from "./profile-schema";

const valid = { name: "Orbital Horizons", contactEmail: "Ops@Orbit.example ", country: "es", taxId: "12345678z" };

describe("agencyProfileSchema", () => {
  it("normalises a valid profile and drops empty optional fields", () => {
    const result = agencyProfileSchema.parse({
      ...valid,
      phone: "612 345 678",
      website: "",
      description: "  ",
      address: "",
    });
    expect(result).toEqual({
      name: "Orbital Horizons",
      contactEmail: "ops@orbit.example",
      country: "ES",
      taxId: "12345678Z",
      phone: "+34612345678",
    });
  });

  it("keeps a https website", () => {
    expect(agencyProfileSchema.parse({ ...valid, website: "https://orbit.example/about" }).website).toBe(
      "https://orbit.example/about",
    );
  });

  it("reports every bad field at once, the tax id by the country's format", () => {
    const result = agencyProfileSchema.safeParse({
      name: "",
      contactEmail: "nope",
      country: "ES",
      taxId: "12345678A",
      phone: "12",
      website: "javascript:alert(1)",
    });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual([
      "contactEmail",
      "name",
      "phone",
      "taxId",
      "website",
    ]);
  });

  it("refuses an unknown country", () => {
    const result = agencyProfileSchema.safeParse({ ...valid, country: "ZZ" });
    expect(fieldErrorsOf(result.error!).country).toEqual(["Choose a country."]);
  });
});
