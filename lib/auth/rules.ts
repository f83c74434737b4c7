// Account and session rules: roles, sign-in limits, token and session lifetimes.
import type { Role } from "@/db/schema";

export const PASSWORD_MIN_LENGTH = 10;
export const TRAVELER_MIN_AGE = 18;
export const TRAVELER_MAX_AGE = 70;

export const WEB_SESSION_SECONDS = 8 * 60 * 60;
export const API_TOKEN_SECONDS = 60 * 60;

export const EMAIL_TOKEN_HOURS = 48;
export const INVITATION_DAYS = 7;

/** When an invitation sent at `now` stops working. */
export const invitationExpiry = (now: Date) => new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
/** At most this many confirmation emails per account per hour (registration + resends). */
export const CONFIRMATION_EMAILS_PER_HOUR = 5;

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES_PER_EMAIL = 5;
export const SIGN_IN_MAX_FAILURES_PER_IP = 20;
/** Wrong current passwords in a password change: a counter of their own, never sign-in's. */
export const PASSWORD_CHANGE_WINDOW_MINUTES = 15;
export const PASSWORD_CHANGE_MAX_FAILURES = 5;
/**
 * How long a sign-in waits for the attempts already being checked for the same account
 * (they run one at a time) before it is answered "too many attempts".
 */
export const SIGN_IN_LOCK_WAIT_SECONDS = 10;

/**
 * Self-registration (traveler or agency) per client IP: at most 10 attempts in a sliding
 * hour. Every attempt that reaches the register service counts, successful or not, so
 * the limit also slows probing which emails exist (409 email_taken) and caps the
 * confirmation mails one address can make us send to strangers (~240 a day instead of
 * unbounded). 10 stays well above what one person needs (a typo, a taken email, a second
 * account for an agency) and leaves room for a household or a small office behind one
 * NAT address; one hour keeps a blocked office's wait short. A registration through an
 * invitation link is not counted: the single-use token, issued by IT, is the gate there.
 */
export const REGISTRATION_WINDOW_MINUTES = 60;
export const REGISTRATION_MAX_PER_IP = 10;

/**
 * Sign-in and registration attempts, and sessions that expired or were revoked, are kept
 * this long and then pruned by the auth-retention job. Far longer than any limiter window
 * (15 and 60 minutes), so no limit is ever weakened; the activity log keeps the events
 * themselves for LOG_RETENTION_DAYS.
 */
export const AUTH_RECORDS_RETENTION_HOURS = 24;

/** The areas of the app and the roles allowed into each. */
export const AREA_ROLES = {
  traveler: ["traveler"],
  agency: ["agency"],
  finance: ["employee", "it"],
  it: ["it"],
} as const satisfies Record<string, readonly Role[]>;
export type Area = keyof typeof AREA_ROLES;

/** Where a role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  traveler: "/traveler",
  agency: "/agency",
  employee: "/finance",
  it: "/it",
};

/** Every role (HOME_BY_ROLE is a complete Record<Role, …>): account pages such as /account/password are open to all. */
export const ALL_ROLES = Object.keys(HOME_BY_ROLE) as readonly Role[];

/** A traveler may register from the 18th birthday until the day before the 71st. */
export function isTravelerAgeAllowed(age: number): boolean {
  return age >= TRAVELER_MIN_AGE && age <= TRAVELER_MAX_AGE;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A `callbackUrl` is followed only when it is a same-site path. The decision is made on
 * the URL as a browser will resolve it: `/.//evil.example` normalises to
 * `//evil.example` (another host), so the normalised path must still start with exactly
 * one slash, and neither it nor its decoded form may hold a backslash (which browsers
 * read as a slash). Control characters (tabs, newlines, which URL parsing drops) are
 * refused outright. Anything else falls back to `fallback`.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://same.site");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://same.site") return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  const unsafe = (path: string) => !path.startsWith("/") || path.startsWith("//") || path.includes("\\");
  if (unsafe(url.pathname) || unsafe(decoded)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Self-service: a password-reset link works once, within this many minutes. */
export const PASSWORD_RESET_MINUTES = 60;
/** Reset mails to one email per sliding hour (further requests answer the same, mailing nothing). */
export const PASSWORD_RESET_MAILS_PER_EMAIL = 3;
/** "Forgot your password?" requests per client address per sliding hour (then 429). */
export const PASSWORD_RESET_REQUESTS_PER_IP = 10;
export const PASSWORD_RESET_WINDOW_MINUTES = 60;
/** An email-change link (sent to the new address) works once, within this many hours. */
export const EMAIL_CHANGE_HOURS = 24;

/** A deleted account keeps its row (bookings, payments, invoices point at it) under this name… */
export const DELETED_USER_NAME = "Deleted user";
/** …and a unique placeholder email that no one can sign in with or receive mail at (.invalid). */
export function deletedEmailFor(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}
