// The zod schemas of accounts: the single source for the forms (zodResolver), the
// server actions, the JSON API and its OpenAPI document. Client-safe (no I/O).
import { z } from "zod";
import { agencyProfileSchema } from "@/lib/agencies/profile-schema";
import { ageAt } from "@/lib/identity/age";
import { isCountryCode } from "@/lib/identity/countries";
import { isValidPhone, toE164 } from "@/lib/identity/phone";
import { normalizeTaxId, taxIdError } from "@/lib/identity/tax-id";
import { isCommonPassword } from "./common-passwords";
import { isTravelerAgeAllowed, PASSWORD_MIN_LENGTH, TRAVELER_MAX_AGE, TRAVELER_MIN_AGE } from "./rules";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The API's sign-in body (POST /api/v1/auth/token). */
export const tokenRequestSchema = signInSchema.pick({ email: true, password: true });

export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine((p) => !isCommonPassword(p), "This password is too common. Choose one that is harder to guess.");

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(2, "Enter your name.")
  .max(120, "Use at most 120 characters.");

const accountFields = { email: emailSchema, password: passwordSchema, name: nameSchema };

export const ageMessage = `Travelers must be ${TRAVELER_MIN_AGE} to ${TRAVELER_MAX_AGE} years old.`;

/** The age rule on a given day; services call it again with the context's clock. */
export function dateOfBirthError(dateOfBirth: string, now: Date): string | null {
  const age = ageAt(dateOfBirth, now);
  if (age === null) return "Enter your date of birth (YYYY-MM-DD).";
  return isTravelerAgeAllowed(age) ? null : ageMessage;
}

/** A traveler's contact and tax data: the `traveler` object of the API. */
export const travelerDetailsFields = z.object({
  phone: z
    .string({ error: "Enter your phone number." })
    .trim()
    .min(1, "Enter your phone number.")
    .max(40, "The phone number is too long."),
  address: z
    .string({ error: "Enter your postal address." })
    .trim()
    .min(5, "Enter your postal address.")
    .max(500, "Use at most 500 characters."),
  country: z
    .string({ error: "Choose your country." })
    .trim()
    .toUpperCase()
    .refine((c) => isCountryCode(c), "Choose your country."),
  taxId: z
    .string({ error: "Enter your tax id." })
    .trim()
    .min(1, "Enter your tax id.")
    .max(40, "The tax id is too long."),
  dateOfBirth: z.string({ error: "Enter your date of birth." }).trim().min(1, "Enter your date of birth."),
});
type TravelerDetails = z.output<typeof travelerDetailsFields>;

/** Cross-field checks: tax id by the country's format, phone, age 18–70 on `now()`. */
function checkTravelerDetails(now: () => Date) {
  return (v: Partial<TravelerDetails>, ctx: z.RefinementCtx) => {
    if (typeof v.country === "string" && typeof v.taxId === "string" && v.taxId && isCountryCode(v.country)) {
      const message = taxIdError(v.country, v.taxId);
      if (message) ctx.addIssue({ code: "custom", path: ["taxId"], message });
    }
    if (typeof v.phone === "string" && v.phone && !isValidPhone(v.phone, v.country)) {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "Enter a valid phone number, with its country code (+…).",
      });
    }
    if (typeof v.dateOfBirth === "string" && v.dateOfBirth) {
      const message = dateOfBirthError(v.dateOfBirth, now());
      if (message) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message });
    }
  };
}

function normalizeTraveler<T extends TravelerDetails>(v: T): T {
  return { ...v, taxId: normalizeTaxId(v.taxId), phone: toE164(v.phone, v.country) ?? v.phone };
}

const systemClock = () => new Date();

export const travelerDetailsSchema = travelerDetailsFields
  .superRefine(checkTravelerDetails(systemClock))
  .transform(normalizeTraveler);

/** The traveler registration form (flat). */
export const travelerRegistrationSchema = z
  .object({ ...accountFields, ...travelerDetailsFields.shape })
  .superRefine(checkTravelerDetails(systemClock))
  .transform(normalizeTraveler);
export type TravelerRegistrationInput = z.input<typeof travelerRegistrationSchema>;
export type TravelerRegistration = z.output<typeof travelerRegistrationSchema>;

/** The agency registration form: the account plus the agency profile. */
export const agencyRegistrationSchema = z.object({ ...accountFields, agency: agencyProfileSchema });
export type AgencyRegistrationInput = z.input<typeof agencyRegistrationSchema>;
export type AgencyRegistration = z.output<typeof agencyRegistrationSchema>;

export const invitationTokenSchema = z
  .string({ error: "The invitation link is incomplete." })
  .trim()
  .min(20, "The invitation link is incomplete.")
  .max(200);

/** Registration through an invitation link: the email and role come from the invitation. */
export const invitationRegistrationSchema = z.object({
  token: invitationTokenSchema,
  name: nameSchema,
  password: passwordSchema,
});
export type InvitationRegistrationInput = z.input<typeof invitationRegistrationSchema>;
export type InvitationRegistration = z.output<typeof invitationRegistrationSchema>;

/** POST /api/v1/auth/register. */
export const registerBodySchema = z
  .object({
    ...accountFields,
    role: z.enum(["traveler", "agency", "employee", "it"], {
      error: "role must be traveler or agency (employee or it with an invitationToken).",
    }),
    traveler: travelerDetailsSchema.optional(),
    agency: agencyProfileSchema.optional(),
    invitationToken: invitationTokenSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === "traveler" && !v.traveler)
      ctx.addIssue({
        code: "custom",
        path: ["traveler"],
        message: "A traveler gives phone, country, taxId, address and dateOfBirth.",
      });
    if (v.role === "agency" && !v.agency)
      ctx.addIssue({
        code: "custom",
        path: ["agency"],
        message: "An agency gives its profile (name, contactEmail, country, taxId, …).",
      });
    if ((v.role === "employee" || v.role === "it") && !v.invitationToken) {
      ctx.addIssue({
        code: "custom",
        path: ["invitationToken"],
        message: "Employee and IT accounts need an invitation.",
      });
    }
  });
export type RegisterBody = z.output<typeof registerBodySchema>;

export const registeredUserSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(["traveler", "agency", "employee", "it"]),
});
export type RegisteredUser = z.output<typeof registeredUserSchema>;

export const confirmEmailSchema = z.object({
  token: z
    .string({ error: "The confirmation link is incomplete." })
    .trim()
    .min(20, "The confirmation link is incomplete.")
    .max(200),
});

export const tokenResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal("Bearer"),
  expiresIn: z.number().int(),
});

export const meSchema = registeredUserSchema.extend({ emailVerified: z.boolean(), vip: z.boolean() });
export type Me = z.output<typeof meSchema>;

export const invitationRoleSchema = z.enum(["employee", "it"], { error: "Choose employee or IT employee." });
export const createInvitationSchema = z.object({ email: emailSchema, role: invitationRoleSchema });
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: invitationRoleSchema,
  status: z.enum(["pending", "accepted", "expired", "revoked"]),
  invitedBy: z.string().nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type InvitationView = z.output<typeof invitationSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
  newPassword: passwordSchema,
});

/**
 * The password form (/account/password): the same fields plus a confirmation, which must
 * match; the new password must differ from the current one.
 */
export const changePasswordFormSchema = changePasswordSchema
  .extend({
    confirmPassword: z
      .string({ error: "Type the new password again." })
      .min(1, "Type the new password again.")
      .max(200),
  })
  .superRefine((v: Partial<{ currentPassword: string; newPassword: string; confirmPassword: string }>, ctx) => {
    if (typeof v.confirmPassword === "string" && v.confirmPassword && v.newPassword !== v.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords do not match." });
    }
    if (typeof v.currentPassword === "string" && v.currentPassword && v.newPassword === v.currentPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a password different from the current one.",
      });
    }
  });
export type ChangePasswordFormInput = z.input<typeof changePasswordFormSchema>;
