import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const roleEnum = pgEnum("role", ["traveler", "agency", "employee", "it"]);
export type Role = (typeof roleEnum.enumValues)[number];

export const users = pgTable(
  "users",
  {
    id: id(),
    // Stored trimmed and lower-cased; unique.
    email: text().notNull(),
    passwordHash: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    // Traveler contact and tax data (null for other roles).
    phone: text(),
    address: text(),
    country: text(),
    taxId: text(),
    dateOfBirth: date({ mode: "string" }),
    /** New-launch alerts to VIP travelers; off through the preferences or one-click unsubscribe. */
    vipAlerts: boolean().notNull().default(true),
    /** Set by an IT employee: sign-in refused, sessions revoked. Null while the account is active. */
    disabledAt: timestamp({ withTimezone: true }),
    /** The account was deleted by its owner: personal data erased, money records kept. */
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), index("users_role_idx").on(t.role)],
);

/** One row per signed-in browser or API token: revoking the row revokes the JWT. */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text({ enum: ["web", "api"] }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed (and successful) sign-in attempts: the rate limiter counts rows in its window.
 * Wrong current passwords of a password change are kept here too, under their own
 * purpose and counter, so they never lock sign-in.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: id(),
    email: text().notNull(),
    ip: text().notNull(),
    success: boolean().notNull(),
    purpose: text({ enum: ["sign_in", "password_change"] })
      .notNull()
      .default("sign_in"),
    createdAt: createdAt(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.createdAt),
    index("sign_in_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

/**
 * Self-registration attempts per client address: the registration rate limiter counts rows
 * in its window (lib/auth/rate-limit.ts). Recorded before the registration runs, so failed
 * attempts (e.g. a taken email) count too.
 */
export const registrationAttempts = pgTable(
  "registration_attempts",
  {
    id: id(),
    ip: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("registration_attempts_ip_idx").on(t.ip, t.createdAt)],
);

/**
 * Single-use tokens sent by email (address confirmation, password reset, email change).
 * Only the hash is stored.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text({ enum: ["verify_email", "password_reset", "email_change"] }).notNull(),
    tokenHash: text().notNull().unique(),
    /** For `email_change`: the address that becomes the account's email once the link is used. */
    newEmail: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose, t.createdAt)],
);

/**
 * "Forgot your password?" requests, counted per email and per client address by the
 * reset limiter (every request counts, whether the email exists or not).
 */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: id(),
    email: text().notNull(),
    ip: text().notNull(),
    /** A mail was written for this request (the per-email limit counts only these). */
    mailed: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("password_reset_requests_email_idx").on(t.email, t.createdAt),
    index("password_reset_requests_ip_idx").on(t.ip, t.createdAt),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    /** Taken back by an IT employee before it was used: the link no longer works. */
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_email_idx").on(t.email),
    check("invitations_role_check", sql`${t.role} in ('employee', 'it')`),
  ],
);
