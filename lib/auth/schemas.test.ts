import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";
import { isTravelerAgeAllowed, PASSWORD_MIN_LENGTH } from "./rules";
import {
  agencyRegistrationSchema,
  changePasswordFormSchema,
  dateOfBirthError,
  passwordSchema,
  registerBodySchema,
  travelerRegistrationSchema,
} from "./schemas";

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
    expect(travelerRegistrationSchema.parse(valid)).toMatchObject({
      email: "tess@example.com",
      country: "ES",
      taxId: "12345678Z",
      phone: "+34612345678",
    });
  });

  it("shows every field's error at once, the tax id by the country's format", () => {
    const result = travelerRegistrationSchema.safeParse({
      ...valid,
      email: "x",
      password: "short",
      phone: "12",
      taxId: "12345678A",
      dateOfBirth: "2020-01-01",
      address: "",
    });
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual([
      "address",
      "dateOfBirth",
      "email",
      "password",
      "phone",
      "taxId",
    ]);
  });
});

describe("agencyRegistrationSchema", () => {
  it("nests the agency profile errors under agency.*", () => {
    const result = agencyRegistrationSchema.safeParse({
      email: "a@b.example",
      password: "orbit-stairs-2026",
      name: "Ops",
      agency: { name: "", contactEmail: "", country: "FR", taxId: "x" },
    });
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual([
      "agency.contactEmail",
      "agency.name",
      "agency.taxId",
    ]);
  });
});

describe("registerBodySchema", () => {
  const account = { email: "a@b.example", password: "orbit-stairs-2026", name: "Ada" };
  it("asks for the role's data, and an invitation for employee and it", () => {
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "traveler" }).error!)).toHaveProperty(
      "traveler",
    );
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "agency" }).error!)).toHaveProperty("agency");
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "it" }).error!)).toHaveProperty(
      "invitationToken",
    );
    expect(fieldErrorsOf(registerBodySchema.safeParse({ ...account, role: "admin" }).error!)).toHaveProperty("role");
  });
});

describe("changePasswordFormSchema", () => {
  const errorsOf = (input: Record<string, string>) => {
    const parsed = changePasswordFormSchema.safeParse(input);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  it("accepts a new, strong password typed twice", () => {
    expect(
      errorsOf({
        currentPassword: "old-orbit-2026",
        newPassword: "new-orbit-stairs-27",
        confirmPassword: "new-orbit-stairs-27",
      }),
    ).toEqual({});
  });

  it("asks for every field, and for a strong new password", () => {
    expect(Object.keys(errorsOf({ currentPassword: "", newPassword: "", confirmPassword: "" })).sort()).toEqual([
      "confirmPassword",
      "currentPassword",
      "newPassword",
    ]);
    expect(
      errorsOf({ currentPassword: "old-orbit-2026", newPassword: "Password123", confirmPassword: "Password123" })
        .newPassword?.[0],
    ).toMatch(/too common/);
  });

  it("refuses a confirmation that differs, and a new password equal to the current one", () => {
    expect(
      errorsOf({
        currentPassword: "old-orbit-2026",
        newPassword: "new-orbit-stairs-27",
        confirmPassword: "new-orbit-stairs-28",
      }),
    ).toEqual({
      confirmPassword: ["The two new passwords do not match."],
    });
    expect(
      errorsOf({
        currentPassword: "same-orbit-2026",
        newPassword: "same-orbit-2026",
        confirmPassword: "same-orbit-2026",
      }),
    ).toEqual({
      newPassword: ["Choose a password different from the current one."],
    });
  });
});
