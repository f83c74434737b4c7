// Test data for account services: valid registrations relative to a fixed clock.
import { and, desc, eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { openToken, TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import type { AgencyRegistration, TravelerRegistration } from "@/lib/auth/schemas";

export const NOW = new Date("2026-11-25T12:00:00.000Z");
export const PASSWORD = "orbit-stairs-2026";

let seq = 0;
export const uniqueEmail = (prefix = "user") => `${prefix}-${Date.now().toString(36)}-${++seq}@example.test`;

export function travelerInput(overrides: Partial<TravelerRegistration> = {}): TravelerRegistration {
  return {
    email: uniqueEmail("traveler"),
    password: PASSWORD,
    name: "Tess Traveler",
    phone: "+34612345678",
    address: "Calle Mayor 1, 28013 Madrid",
    country: "ES",
    taxId: "12345678Z",
    dateOfBirth: "1990-04-12",
    ...overrides,
  };
}

export function agencyInput(
  overrides: Partial<AgencyRegistration> = {},
  agency: Partial<AgencyRegistration["agency"]> = {},
): AgencyRegistration {
  return {
    email: uniqueEmail("agency"),
    password: PASSWORD,
    name: "Olga Ops",
    ...overrides,
    agency: {
      name: `Orbit ${++seq}`,
      contactEmail: "contact@orbit.example",
      country: "ES",
      taxId: "12345678Z",
      phone: undefined,
      description: undefined,
      address: undefined,
      ...agency,
    },
  };
}

/**
 * The token of the newest mail of `template` sent to `email`: the outbox keeps it sealed
 * (the payload's link shows only the slot), so it is opened with the tests' AUTH_SECRET.
 */
export async function tokenFromOutbox(ctx: Ctx, email: string, template: TokenTemplate): Promise<string> {
  const [row] = await ctx.db
    .select({ payload: notifications.payload, sealedToken: notifications.sealedToken })
    .from(notifications)
    .where(and(eq(notifications.recipient, email.toLowerCase()), eq(notifications.template, template)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(1);
  if (!row?.sealedToken) throw new Error(`no ${template} mail with a sealed token for ${email}`);
  if (!String(row.payload.path).includes(TOKEN_SLOT)) throw new Error(`the ${template} link is not redacted`);
  return openToken(row.sealedToken, getEnv().AUTH_SECRET);
}

type TokenTemplate = "verify_email" | "invitation" | "password_reset" | "email_change_confirm";

let ipSeq = 0;
/** A distinct client address per call (198.18.0.0/15, the benchmarking range), so the per-IP registration limit never trips by accident. */
export const freshClient = () => ({ ip: `198.18.${(++ipSeq >> 8) & 255}.${ipSeq & 255}` });
