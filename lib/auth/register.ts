import "server-only";
import { agencies } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import type { AgencyProfile } from "@/lib/agencies/profile-schema";
import { issueEmailConfirmation } from "./confirm-email";
import { acceptInvitation } from "./invitations";
import { claimRegistrationAttempt } from "./rate-limit";
import type {
  AgencyRegistration,
  InvitationRegistration,
  RegisterBody,
  RegisteredUser,
  TravelerRegistration,
} from "./schemas";
import { dateOfBirthError } from "./schemas";
import { insertUser, type UserRow } from "./users";

// Registration of each kind of account. Every path writes the user, its role data, the
// confirmation mail (outbox) and the log line in ONE transaction: all or nothing.
// Self-registration (traveler, agency) first counts the attempt against the client IP's
// limit (REGISTRATION_MAX_PER_IP, in the database), so every instance shares one count.

/** Who is registering, as the web or API entry point saw the request. */
export interface RegistrationClient {
  /** lib/auth/client-ip.ts */
  ip: string;
}

function registered(user: UserRow): RegisteredUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function finish(tx: Ctx, user: UserRow, details: Record<string, unknown>): Promise<RegisteredUser> {
  await logEvent(tx, {
    event: "auth.register",
    actor: user.email,
    details: { userId: user.id, role: user.role, ...details },
  });
  return registered(user);
}

/** A traveler (18–70 on the context's date), with contact and tax data. */
export async function registerTraveler(
  ctx: Ctx,
  input: TravelerRegistration,
  client: RegistrationClient,
): Promise<RegisteredUser> {
  await claimRegistrationAttempt(ctx, client.ip);
  // The schema checked the age on the wall clock; the rule is applied on ctx.now.
  const ageError = dateOfBirthError(input.dateOfBirth, ctx.now);
  if (ageError) throw new DomainError("validation_failed", ageError, { dateOfBirth: [ageError] });
  return withTransaction(ctx, async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      password: input.password,
      name: input.name,
      role: "traveler",
      phone: input.phone,
      address: input.address,
      country: input.country,
      taxId: input.taxId,
      dateOfBirth: input.dateOfBirth,
    });
    await issueEmailConfirmation(tx, user);
    return finish(tx, user, {});
  });
}

async function insertAgency(tx: Ctx, userId: string, profile: AgencyProfile): Promise<string> {
  const [row] = await tx.db
    .insert(agencies)
    .values({
      userId,
      name: profile.name,
      contactEmail: profile.contactEmail,
      country: profile.country,
      taxId: profile.taxId,
      description: profile.description ?? null,
      phone: profile.phone ?? null,
      website: profile.website ?? null,
      address: profile.address ?? null,
    })
    // The only other unique key is lower(name): a taken name is a clean 409.
    .onConflictDoNothing()
    .returning({ id: agencies.id });
  if (!row) {
    const message = "An agency with this name is already registered.";
    throw new DomainError("conflict", message, { "agency.name": [message] });
  }
  return row.id;
}

/** An agency: its user account and its profile row, together or not at all. */
export async function registerAgency(
  ctx: Ctx,
  input: AgencyRegistration,
  client: RegistrationClient,
): Promise<RegisteredUser> {
  await claimRegistrationAttempt(ctx, client.ip);
  return withTransaction(ctx, async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      password: input.password,
      name: input.name,
      role: "agency",
    });
    const agencyId = await insertAgency(tx, user.id, input.agency);
    await issueEmailConfirmation(tx, user);
    return finish(tx, user, { agencyId });
  });
}

/**
 * An employee or IT employee through an invitation link. The invitation fixes the
 * email and the role (a given email or role must match it); following the emailed
 * link proves the address, so it is verified at once (no confirmation mail).
 */
export async function registerInvited(
  ctx: Ctx,
  input: InvitationRegistration & { email?: string; role?: "employee" | "it" },
): Promise<RegisteredUser> {
  return withTransaction(ctx, async (tx) => {
    const invitation = await acceptInvitation(tx, input.token, input.email);
    if (input.role && invitation.role !== input.role) {
      const message = `This invitation is for the role ${invitation.role}.`;
      throw new DomainError("validation_failed", message, { role: [message] });
    }
    const user = await insertUser(tx, {
      email: invitation.email,
      password: input.password,
      name: input.name,
      role: invitation.role,
      emailVerified: true,
    });
    return finish(tx, user, { invitationId: invitation.id });
  });
}

/**
 * POST /api/v1/auth/register: the documented body, dispatched to the matching path. Traveler
 * and agency registrations count against the client's limit (429 rate_limited).
 */
export async function registerFromApi(
  ctx: Ctx,
  body: RegisterBody,
  client: RegistrationClient,
): Promise<RegisteredUser> {
  const account = { email: body.email, password: body.password, name: body.name };
  switch (body.role) {
    case "traveler":
      return registerTraveler(ctx, { ...account, ...body.traveler! }, client);
    case "agency":
      return registerAgency(ctx, { ...account, agency: body.agency! }, client);
    case "employee":
    case "it":
      return registerInvited(ctx, { ...account, token: body.invitationToken!, role: body.role });
  }
}
