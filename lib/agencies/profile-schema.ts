// The agency profile: one zod schema for the registration form, the profile editor of
// the agency console, the API and OpenAPI. Client-safe (no I/O).
import { z } from "zod";
import { isCountryCode } from "@/lib/identity/countries";
import { isValidPhone, toE164 } from "@/lib/identity/phone";
import { normalizeTaxId, taxIdError } from "@/lib/identity/tax-id";

/** Text that may be left empty: "" and whitespace become undefined. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must have at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const countrySchema = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .refine((c) => isCountryCode(c), "Choose a country.");

/** The fields without the cross-field checks (country-specific tax id, phone), e.g. for `.pick()`. */
export const agencyProfileFields = z.object({
  name: z
    .string({ error: "Enter the agency name." })
    .trim()
    .min(2, "Enter the agency name.")
    .max(120, "The name must have at most 120 characters."),
  contactEmail: z
    .string({ error: "Enter a contact email." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address." })),
  country: countrySchema,
  taxId: z.string({ error: "Enter the tax id." }).trim().min(1, "Enter the tax id.").max(40, "The tax id is too long."),
  description: optionalText(2000, "The description"),
  phone: optionalText(40, "The phone number"),
  website: optionalText(300, "The website").pipe(
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter a web address starting with https://" })
      .optional(),
  ),
  address: optionalText(500, "The address"),
});

type ProfileFields = z.output<typeof agencyProfileFields>;

/** Tax id by the country's format; phone valid (read as a number of that country if no +code). */
export function checkAgencyProfile(value: Partial<ProfileFields>, ctx: z.RefinementCtx): void {
  if (typeof value.country === "string" && typeof value.taxId === "string" && isCountryCode(value.country)) {
    const message = taxIdError(value.country, value.taxId);
    if (message) ctx.addIssue({ code: "custom", path: ["taxId"], message });
  }
  if (typeof value.phone === "string" && !isValidPhone(value.phone, value.country)) {
    ctx.addIssue({
      code: "custom",
      path: ["phone"],
      message: "Enter a valid phone number, with its country code (+…).",
    });
  }
}

/** The profile as stored: tax id normalised, phone in E.164. */
export const agencyProfileSchema = agencyProfileFields.superRefine(checkAgencyProfile).transform((v) => ({
  ...v,
  taxId: normalizeTaxId(v.taxId),
  phone: v.phone ? (toE164(v.phone, v.country) ?? v.phone) : undefined,
}));

export type AgencyProfileInput = z.input<typeof agencyProfileSchema>;
export type AgencyProfile = z.output<typeof agencyProfileSchema>;
