// The zod schemas of self-service (forgotten password, profile, email change, deletion,
// preferences, staff user admin): one source for the forms, the actions, the API and its
// OpenAPI document. Client-safe (no I/O).
import { z } from "zod";
import { emailSchema, meSchema, nameSchema, passwordSchema, travelerDetailsFields } from "./schemas";
import { normalizeTaxId, taxIdError } from "@/lib/identity/tax-id";
import { isCountryCode } from "@/lib/identity/countries";
import { isValidPhone, toE164 } from "@/lib/identity/phone";

const linkToken = z
  .string({ error: "The link is incomplete." })
  .trim()
  .min(20, "The link is incomplete. Open the whole link from the email.")
  .max(200);

/** POST /api/v1/auth/password-reset and the "Forgot your password?" form. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestSchema>;

/** POST /api/v1/auth/password-reset/confirm. */
export const passwordResetConfirmSchema = z.object({ token: linkToken, password: passwordSchema });

/** The /reset-password form: the new password typed twice. */
export const resetPasswordFormSchema = passwordResetConfirmSchema
  .extend({
    confirmPassword: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .superRefine((v: Partial<{ password: string; confirmPassword: string }>, ctx) => {
    if (v.confirmPassword && v.password !== v.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match." });
    }
  });
export type ResetPasswordFormInput = z.input<typeof resetPasswordFormSchema>;

export const resetRequestedSchema = z.object({ message: z.string() });

/**
 * A traveler's editable contact and tax data (the date of birth is not editable): the
 * registration's fields and checks. Every field optional for PATCH; the tax id is checked
 * against the country it will have after the change (the caller merges the stored values).
 */
export const travelerProfilePatchSchema = travelerDetailsFields
  .pick({ phone: true, address: true, country: true, taxId: true })
  .partial();

/** PATCH /api/v1/me. */
export const updateMeSchema = z.object({
  name: nameSchema.optional(),
  traveler: travelerProfilePatchSchema.optional(),
});
export type UpdateMeInput = z.output<typeof updateMeSchema>;

/** The complete traveler profile after a change: checked like registration, normalised. */
export const travelerProfileSchema = z
  .object({
    name: nameSchema,
    ...travelerDetailsFields.pick({ phone: true, address: true, country: true, taxId: true }).shape,
  })
  .superRefine((v, ctx) => {
    if (isCountryCode(v.country)) {
      const message = taxIdError(v.country, v.taxId);
      if (message) ctx.addIssue({ code: "custom", path: ["taxId"], message });
    }
    if (!isValidPhone(v.phone, v.country)) {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "Enter a valid phone number, with its country code (+…).",
      });
    }
  })
  .transform((v) => ({ ...v, taxId: normalizeTaxId(v.taxId), phone: toE164(v.phone, v.country) ?? v.phone }));
export type TravelerProfileInput = z.input<typeof travelerProfileSchema>;
export type TravelerProfile = z.output<typeof travelerProfileSchema>;

/** The profile form of a non-traveler: the name only. */
export const nameFormSchema = z.object({ name: nameSchema });

const currentPassword = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200);

/** POST /api/v1/me/email and the email-change form. */
export const changeEmailSchema = z.object({ newEmail: emailSchema, password: currentPassword });
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

/** DELETE /api/v1/me and the deletion form. */
export const deleteAccountSchema = z.object({ password: currentPassword });

/** GET, PUT /api/v1/me/notification-preferences. */
export const notificationPreferencesSchema = z.object({
  vipAlerts: z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")]),
});
export const notificationPreferencesViewSchema = z.object({ vipAlerts: z.boolean() });

/** GET /api/v1/me with the traveler's data and the pending email change. */
export const meDetailsSchema = meSchema.extend({
  traveler: z
    .object({ phone: z.string(), address: z.string(), country: z.string(), taxId: z.string(), dateOfBirth: z.string() })
    .optional(),
  pendingEmail: z.string().optional(),
});
export type MeDetails = z.output<typeof meDetailsSchema>;

export const USER_STATUSES = ["active", "disabled", "deleted"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** GET /api/v1/it/users. */
export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  role: z
    .enum(["traveler", "agency", "employee", "it"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z
    .enum(USER_STATUSES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

export const userAdminViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["traveler", "agency", "employee", "it"]),
  status: z.enum(USER_STATUSES),
  createdAt: z.string(),
});
export type UserAdminView = z.output<typeof userAdminViewSchema>;

/** A row action's input (revoke, deactivate…): the row's id. */
export const idInputSchema = z.object({ id: z.uuid({ error: "Unknown item." }) });
