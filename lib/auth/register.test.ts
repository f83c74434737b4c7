import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activityLog,
  agencies,
  emailTokens,
  invitations,
  notifications,
  registrationAttempts,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/context";
import {
  agencyInput,
  freshClient,
  NOW,
  PASSWORD,
  tokenFromOutbox,
  travelerInput,
  uniqueEmail,
} from "@/tests/helpers/accounts";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { createInvitation } from "./invitations";
import { registerAgency, registerFromApi, registerInvited, registerTraveler } from "./register";
import { EMAIL_TOKEN_HOURS, INVITATION_DAYS, REGISTRATION_MAX_PER_IP, REGISTRATION_WINDOW_MINUTES } from "./rules";
import { hashEmailToken } from "./tokens";
import { insertUser } from "./users";

let db: TestDb;
let it_: Actor;
beforeAll(async () => {
  db = await createTestDb();
  const row = await insertUser(db.ctx(null, NOW), {
    email: "it-admin@example.test",
    password: PASSWORD,
    name: "Ian Admin",
    role: "it",
    emailVerified: true,
  });
  it_ = { id: row.id, role: "it", email: row.email, name: row.name };
});
afterAll(async () => {
  await db?.destroy();
});

const ctx = (actor: Actor | null = null, now = NOW) => db.ctx(actor, now);
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("registerTraveler", () => {
  it("stores the traveler, a hashed 48 h confirmation token, the verify_email mail and the log line", async () => {
    const input = travelerInput({ email: uniqueEmail("Tess").toUpperCase() });
    const user = await registerTraveler(ctx(), input, freshClient());
    expect(user).toMatchObject({ email: input.email.toLowerCase(), role: "traveler", name: "Tess Traveler" });

    const [row] = await db.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({
      phone: "+34612345678",
      country: "ES",
      taxId: "12345678Z",
      dateOfBirth: "1990-04-12",
      emailVerifiedAt: null,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await tokenFromOutbox(ctx(), user.email, "verify_email");
    const [stored] = await db.db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored.tokenHash).toBe(hashEmailToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - NOW.getTime()).toBe(EMAIL_TOKEN_HOURS * 3600_000);

    const [mail] = await db.db.select().from(notifications).where(eq(notifications.recipient, user.email));
    expect(mail).toMatchObject({ template: "verify_email", recipientUserId: user.id, status: "pending" });
    expect(mail.payload).toEqual({ name: "Tess Traveler", path: "/confirm-email?token=[redacted]" });

    const logs = await db.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.event, "auth.register"), eq(activityLog.actor, user.email)));
    expect(logs).toHaveLength(1);
  });

  it("refuses a taken email, whatever its case and spaces (409 email_taken)", async () => {
    const email = uniqueEmail("dup");
    await registerTraveler(ctx(), travelerInput({ email }), freshClient());
    await expect(
      registerTraveler(ctx(), travelerInput({ email: `  ${email.toUpperCase()} ` }), freshClient()),
    ).rejects.toMatchObject({
      code: "email_taken",
      fieldErrors: { email: expect.any(Array) },
    });
    await expect(registerAgency(ctx(), agencyInput({ email }), freshClient())).rejects.toMatchObject({
      code: "email_taken",
    });
  });

  it.each([
    ["2008-11-25", "ok"], // 18th birthday today
    ["2008-11-26", "validation_failed"], // 18 tomorrow
    ["1955-11-26", "ok"], // 71 tomorrow: still 70
    ["1955-11-25", "validation_failed"], // 71st birthday today
  ])("applies the 18–70 rule on the context's date: born %s → %s", async (dateOfBirth, expected) => {
    expect(await codeOf(registerTraveler(ctx(), travelerInput({ dateOfBirth }), freshClient()))).toBe(expected);
  });
});

describe("registerAgency", () => {
  it("creates the user and the agency row in one transaction", async () => {
    const user = await registerAgency(
      ctx(),
      agencyInput({}, { name: "Nebula Tours", website: "https://nebula.example" }),
      freshClient(),
    );
    expect(user.role).toBe("agency");
    const [agency] = await db.db.select().from(agencies).where(eq(agencies.userId, user.id));
    expect(agency).toMatchObject({
      name: "Nebula Tours",
      country: "ES",
      taxId: "12345678Z",
      website: "https://nebula.example",
    });
    expect(await tokenFromOutbox(ctx(), user.email, "verify_email")).toBeTruthy();
  });

  it("a taken agency name is a 409 conflict and leaves no user behind", async () => {
    await registerAgency(ctx(), agencyInput({}, { name: "Taken Name Spaceways" }), freshClient());
    const input = agencyInput({}, { name: "taken name SPACEWAYS" });
    await expect(registerAgency(ctx(), input, freshClient())).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { "agency.name": expect.any(Array) },
    });
    expect(await db.db.select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
  });
});

describe("invitations", () => {
  it("only an IT employee may invite; an invitation is a hashed token valid 7 days and an `invitation` mail", async () => {
    const email = uniqueEmail("emp");
    await expect(createInvitation(ctx(null), { email, role: "employee" })).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(
      createInvitation(ctx({ ...it_, role: "employee" }), { email, role: "employee" }),
    ).rejects.toMatchObject({ code: "forbidden" });

    const view = await createInvitation(ctx(it_), { email: email.toUpperCase(), role: "employee" });
    expect(view).toMatchObject({ email, role: "employee", status: "pending", invitedBy: "Ian Admin" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const [row] = await db.db.select().from(invitations).where(eq(invitations.id, view.id));
    expect(row.tokenHash).toBe(hashEmailToken(token));
    expect(row.expiresAt.getTime() - NOW.getTime()).toBe(INVITATION_DAYS * 86_400_000);
    const [mail] = await db.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipient, email), eq(notifications.template, "invitation")));
    expect(mail.payload).toEqual({ role: "employee", invitedBy: "Ian Admin", path: "/invitation/[redacted]" });
  });

  it("refuses to invite an address that already has an account", async () => {
    const user = await registerTraveler(ctx(), travelerInput(), freshClient());
    await expect(createInvitation(ctx(it_), { email: user.email, role: "it" })).rejects.toMatchObject({
      code: "email_taken",
    });
  });

  it("an invited person registers once, with the invitation's email and role, verified", async () => {
    const email = uniqueEmail("ops");
    await createInvitation(ctx(it_), { email, role: "it" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const user = await registerInvited(ctx(), { token, name: "Olive Ops", password: PASSWORD });
    expect(user).toMatchObject({ email, role: "it" });
    const [row] = await db.db.select().from(users).where(eq(users.id, user.id));
    expect(row.emailVerifiedAt).not.toBeNull();
    const [inv] = await db.db.select().from(invitations).where(eq(invitations.email, email));
    expect(inv.acceptedAt).not.toBeNull();
    expect(await codeOf(registerInvited(ctx(), { token, name: "Again", password: PASSWORD }))).toBe(
      "validation_failed",
    );
  });

  it("an expired invitation is refused; one for another email or role is refused without being used up", async () => {
    const email = uniqueEmail("late");
    await createInvitation(ctx(it_), { email, role: "employee" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const expiry = new Date(NOW.getTime() + INVITATION_DAYS * 86_400_000);
    expect(await codeOf(registerInvited(ctx(null, expiry), { token, name: "Late", password: PASSWORD }))).toBe(
      "validation_failed",
    );

    const body = {
      email: uniqueEmail("other"),
      password: PASSWORD,
      name: "Other",
      role: "employee" as const,
      invitationToken: token,
    };
    await expect(registerFromApi(ctx(), body, freshClient())).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { email: expect.any(Array) },
    });
    await expect(registerFromApi(ctx(), { ...body, email, role: "it" }, freshClient())).rejects.toMatchObject({
      fieldErrors: { role: expect.any(Array) },
    });
    const ok = await registerFromApi(ctx(null, new Date(expiry.getTime() - 1000)), { ...body, email }, freshClient());
    expect(ok).toMatchObject({ email, role: "employee" });
  });
});

describe("registerFromApi", () => {
  it("registers a traveler and an agency from the API body", async () => {
    const t = travelerInput();
    const { email, password, name, ...traveler } = t;
    expect(
      await registerFromApi(ctx(), { email, password, name, role: "traveler", traveler }, freshClient()),
    ).toMatchObject({ email, role: "traveler" });
    const a = agencyInput();
    expect(
      await registerFromApi(ctx(), { email: a.email, password, name, role: "agency", agency: a.agency }, freshClient()),
    ).toMatchObject({ role: "agency" });
  });
});

describe("registration rate limit", () => {
  const WINDOW_S = REGISTRATION_WINDOW_MINUTES * 60;
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
  const attemptsFrom = async (ip: string) =>
    (await db.db.select().from(registrationAttempts).where(eq(registrationAttempts.ip, ip))).length;

  it(`allows ${REGISTRATION_MAX_PER_IP} attempts per IP in ${REGISTRATION_WINDOW_MINUTES} minutes, failed ones included, then answers rate_limited until the window passes`, async () => {
    const ip = "203.0.113.10";
    const taken = uniqueEmail("taken");
    // One attempt a minute: at 0, 60, …, 540 s.
    await registerTraveler(ctx(null, at(0)), travelerInput({ email: taken }), { ip });
    // A taken email counts as an attempt, and so does an agency registration.
    expect(await codeOf(registerTraveler(ctx(null, at(60)), travelerInput({ email: taken }), { ip }))).toBe(
      "email_taken",
    );
    await registerAgency(ctx(null, at(120)), agencyInput(), { ip });
    for (let i = 3; i < REGISTRATION_MAX_PER_IP; i++)
      await registerTraveler(ctx(null, at(i * 60)), travelerInput(), { ip });
    expect(await attemptsFrom(ip)).toBe(REGISTRATION_MAX_PER_IP);

    const refused = travelerInput();
    const blocked = await registerTraveler(ctx(null, at(600)), refused, { ip }).catch((e) => e);
    expect(blocked).toMatchObject({ code: "rate_limited", retryAfterSeconds: WINDOW_S - 600 });
    expect(blocked.message).toBe("Too many registrations from your network. Try again in 50 minutes.");
    // Refused before anything is written, and the refusal itself does not extend the block.
    expect(await db.db.select().from(users).where(eq(users.email, refused.email))).toHaveLength(0);
    expect(await attemptsFrom(ip)).toBe(REGISTRATION_MAX_PER_IP);
    expect(await codeOf(registerFromApi(ctx(null, at(601)), { ...apiTraveler(), role: "traveler" }, { ip }))).toBe(
      "rate_limited",
    );
    const logs = await db.db.select().from(activityLog).where(eq(activityLog.event, "auth.register_blocked"));
    expect(logs.some((l) => l.details.ip === ip)).toBe(true);

    // Another address is not affected.
    expect(await codeOf(registerTraveler(ctx(null, at(600)), travelerInput(), { ip: "203.0.113.11" }))).toBe("ok");
    // The first attempt (at 0 s) leaves the window after an hour: one slot opens, then the next one a minute later.
    expect(await codeOf(registerTraveler(ctx(null, at(WINDOW_S - 1)), travelerInput(), { ip }))).toBe("rate_limited");
    expect(await codeOf(registerTraveler(ctx(null, at(WINDOW_S + 1)), travelerInput(), { ip }))).toBe("ok");
    expect(await registerTraveler(ctx(null, at(WINDOW_S + 2)), travelerInput(), { ip }).catch((e) => e)).toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 58,
    });
  });

  it("does not count registrations through an invitation link", async () => {
    const ip = "203.0.113.20";
    for (let i = 0; i < REGISTRATION_MAX_PER_IP; i++) await registerTraveler(ctx(null, at(i)), travelerInput(), { ip });
    const email = uniqueEmail("invited");
    await createInvitation(ctx(it_, at(0)), { email, role: "employee" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const body = { email, password: PASSWORD, name: "Ivy Invited", role: "employee" as const, invitationToken: token };
    expect(await registerFromApi(ctx(null, at(30)), body, { ip })).toMatchObject({ email, role: "employee" });
    expect(await attemptsFrom(ip)).toBe(REGISTRATION_MAX_PER_IP);
  });
});

function apiTraveler() {
  const { email, password, name, ...traveler } = travelerInput();
  return { email, password, name, traveler };
}
