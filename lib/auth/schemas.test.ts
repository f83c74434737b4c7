import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";
import { isTravelerAgeAllowed, PASSWORD_MIN_LENGTH } from "./rules";
import { agencyRegistrationSchema, dateOfBirthError, passwordSchema, registerBodySchema, travelerRegistrationSchema } from "./schemas";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("passwords", () => {
  it(`need ${PASSWORD_MIN_LENGTH} characters and must not be common`, () => {
    expect(passwordSchema.safeParse("a".repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
    expect(passwordSchema.safeParse("orbit-stairs-2026").success).toBe(true);
    expect(passwordSchema.safeParse("Password123").success).toBe(false);
    expect(passwordSchema.safeParse("qwertyuiop").success).toBe(false);
  });

  it("keeps a list of a few hundred common passwords, case-insensitive", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(300);
    expect(isCommonPassword(" 1234567890 ")).toBe(true);
    expect(isCommonPassword("ILoveYou123")).toBe(true);
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
  });
});

describe("traveler age", () => {
  it.each([
    [17, false],
    [18, true],
    [70, true],
    [71, false],
  ])("age %i allowed: %s", (age, allowed) => {
    expect(isTravelerAgeAllowed(age)).toBe(allowed);
  });

  it("counts the 18th and the 71st birthday on their own date", () => {
    expect(dateOfBirthError("2008-11-25", NOW)).toBeNull();
    expect(dateOfBirthError("2008-11-26", NOW)).toMatch(/18 to 70/);
    expect(dateOfBirthError("1955-11-26", NOW)).toBeNull();
    expect(dateOfBirthError("1955-11-25", NOW)).toMatch(/18 to 70/);
    expect(dateOfBirthError("1990-02-30", NOW)).toMatch(/date of birth/);
  });
});

describe("travelerRegistrationSchema", () => {
  const valid = {
    email: " Tess@Example.COM ",
    password: "orbit-stairs-2026",
    name: "Tess",
    phone: "612 345 678",
    address: "Calle Mayor 1, Madrid",
    country: "es",
    taxId: "12345678z",
    dateOfBirth: "1990-04-12",
  };

  it("normalises email, country, tax id and phone (E.164)", () => {
    expect(travelerRegistrationSchema.parse(valid)).toMatchObject({ email: "tess@example.com", country: "ES", taxId: "12345678Z", phone: "+34612345678" });
  });

  it("shows every field's error at once, the tax id by the country's format", () => {
    const result = travelerRegistrationSchema.safeParse({ ...valid, email: "x", password: "short", phone: "12", taxId: "12345678A", dateOfBirth: "2020-01-01", address: "" });
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual(["address", "dateOfBirth", "email", "password", "phone", "taxId"]);
  });
});

describe("agencyRegistrationSchema", () => {
  it("nests the agency profile errors under agency.*", () => {
    const result = agencyRegistrationSchema.safeParse({ email: "a@b.example", password: "orbit-stairs-2026", name: "Ops", agency: { name: "", contactEmail: "", country: "FR", taxId: "x" } });
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual(["agency.contactEmail", "agency.name", "agency.taxId"]);
  });
});

describe("registerBodySchema", () => {
  const account = { email: "a@b.example", password: "orbit-stairs-2026", name: "Ada" };
  it("asks for the role's data, and an invitation for employee and it", () => {
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "traveler" }).error!)).toHaveProperty("traveler");
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "agency" }).error!)).toHaveProperty("agency");
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "it" }).error!)).toHaveProperty("invitationToken");
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "admin" }).error!)).toHaveProperty("role");
  });
});
