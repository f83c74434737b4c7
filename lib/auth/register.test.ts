import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityLog, agencies, emailTokens, invitations, notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { agencyInput, NOW, PASSWORD, tokenFromOutbox, travelerInput, uniqueEmail } from "@/tests/helpers/accounts";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { createInvitation } from "./invitations";
import { registerAgency, registerFromApi, registerInvited, registerTraveler } from "./register";
import { EMAIL_TOKEN_HOURS, INVITATION_DAYS } from "./rules";
import { hashEmailToken } from "./tokens";
import { insertUser } from "./users";

let db: TestDb;
let it_: Actor;
beforeAll(async () => {
  db = await createTestDb();
  const row = await insertUser(db.ctx(null, NOW), { email: "it-admin@example.test", password: PASSWORD, name: "Ian Admin", role: "it", emailVerified: true });
  it_ = { id: row.id, role: "it", email: row.email, name: row.name };
});
afterAll(async () => {
  await db?.destroy();
});

const ctx = (actor: Actor | null = null, now = NOW) => db.ctx(actor, now);
const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

describe("registerTraveler", () => {
  it("stores the traveler, a hashed 48 h confirmation token, the verify_email mail and the log line", async () => {
    const input = travelerInput({ email: uniqueEmail("Tess").toUpperCase() });
    const user = await registerTraveler(ctx(), input);
    expect(user).toMatchObject({ email: input.email.toLowerCase(), role: "traveler", name: "Tess Traveler" });

    const [row] = await db.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ phone: "+34612345678", country: "ES", taxId: "12345678Z", dateOfBirth: "1990-04-12", emailVerifiedAt: null });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await tokenFromOutbox(ctx(), user.email, "verify_email");
    const [stored] = await db.db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored.tokenHash).toBe(hashEmailToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - NOW.getTime()).toBe(EMAIL_TOKEN_HOURS * 3600_000);

    const [mail] = await db.db.select().from(notifications).where(eq(notifications.recipient, user.email));
    expect(mail).toMatchObject({ template: "verify_email", recipientUserId: user.id, status: "pending" });
    expect(mail.payload).toEqual({ name: "Tess Traveler", path: `/confirm-email?token=${token}` });

    const logs = await db.db.select().from(activityLog).where(and(eq(activityLog.event, "auth.register"), eq(activityLog.actor, user.email)));
    expect(logs).toHaveLength(1);
  });

  it("refuses a taken email, whatever its case and spaces (409 email_taken)", async () => {
    const email = uniqueEmail("dup");
    await registerTraveler(ctx(), travelerInput({ email }));
    await expect(registerTraveler(ctx(), travelerInput({ email: `  ${email.toUpperCase()} ` }))).rejects.toMatchObject({
      code: "email_taken",
      fieldErrors: { email: expect.any(Array) },
    });
    await expect(registerAgency(ctx(), agencyInput({ email }))).rejects.toMatchObject({ code: "email_taken" });
  });

  it.each([
    ["2008-11-25", "ok"], // 18th birthday today
    ["2008-11-26", "validation_failed"], // 18 tomorrow
    ["1955-11-26", "ok"], // 71 tomorrow: still 70
    ["1955-11-25", "validation_failed"], // 71st birthday today
  ])("applies the 18–70 rule on the context's date: born %s → %s", async (dateOfBirth, expected) => {
    expect(await codeOf(registerTraveler(ctx(), travelerInput({ dateOfBirth })))).toBe(expected);
  });
});

describe("registerAgency", () => {
  it("creates the user and the agency row in one transaction", async () => {
    const user = await registerAgency(ctx(), agencyInput({}, { name: "Nebula Tours", website: "https://nebula.example" }));
    expect(user.role).toBe("agency");
    const [agency] = await db.db.select().from(agencies).where(eq(agencies.userId, user.id));
    expect(agency).toMatchObject({ name: "Nebula Tours", country: "ES", taxId: "12345678Z", website: "https://nebula.example" });
    expect(await tokenFromOutbox(ctx(), user.email, "verify_email")).toBeTruthy();
  });

  it("a taken agency name is a 409 conflict and leaves no user behind", async () => {
    await registerAgency(ctx(), agencyInput({}, { name: "Taken Name Spaceways" }));
    const input = agencyInput({}, { name: "taken name SPACEWAYS" });
    await expect(registerAgency(ctx(), input)).rejects.toMatchObject({ code: "conflict", fieldErrors: { "agency.name": expect.any(Array) } });
    expect(await db.db.select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
  });
});

describe("invitations", () => {
  it("only an IT employee may invite; an invitation is a hashed token valid 7 days and an `invitation` mail", async () => {
    const email = uniqueEmail("emp");
    await expect(createInvitation(ctx(null), { email, role: "employee" })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(createInvitation(ctx({ ...it_, role: "employee" }), { email, role: "employee" })).rejects.toMatchObject({ code: "forbidden" });

    const view = await createInvitation(ctx(it_), { email: email.toUpperCase(), role: "employee" });
    expect(view).toMatchObject({ email, role: "employee", status: "pending", invitedBy: "Ian Admin" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const [row] = await db.db.select().from(invitations).where(eq(invitations.id, view.id));
    expect(row.tokenHash).toBe(hashEmailToken(token));
    expect(row.expiresAt.getTime() - NOW.getTime()).toBe(INVITATION_DAYS * 86_400_000);
    const [mail] = await db.db.select().from(notifications).where(and(eq(notifications.recipient, email), eq(notifications.template, "invitation")));
    expect(mail.payload).toEqual({ role: "employee", invitedBy: "Ian Admin", path: `/invitation/${token}` });
  });

  it("refuses to invite an address that already has an account", async () => {
    const user = await registerTraveler(ctx(), travelerInput());
    await expect(createInvitation(ctx(it_), { email: user.email, role: "it" })).rejects.toMatchObject({ code: "email_taken" });
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
    expect(await codeOf(registerInvited(ctx(), { token, name: "Again", password: PASSWORD }))).toBe("validation_failed");
  });

  it("an expired invitation is refused; one for another email or role is refused without being used up", async () => {
    const email = uniqueEmail("late");
    await createInvitation(ctx(it_), { email, role: "employee" });
    const token = await tokenFromOutbox(ctx(), email, "invitation");
    const expiry = new Date(NOW.getTime() + INVITATION_DAYS * 86_400_000);
    expect(await codeOf(registerInvited(ctx(null, expiry), { token, name: "Late", password: PASSWORD }))).toBe("validation_failed");

    const body = { email: uniqueEmail("other"), password: PASSWORD, name: "Other", role: "employee" as const, invitationToken: token };
    await expect(registerFromApi(ctx(), body)).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { email: expect.any(Array) } });
    await expect(registerFromApi(ctx(), { ...body, email, role: "it" })).rejects.toMatchObject({ fieldErrors: { role: expect.any(Array) } });
    const ok = await registerFromApi(ctx(null, new Date(expiry.getTime() - 1000)), { ...body, email });
    expect(ok).toMatchObject({ email, role: "employee" });
  });
});

describe("registerFromApi", () => {
  it("registers a traveler and an agency from the API body", async () => {
    const t = travelerInput();
    const { email, password, name, ...traveler } = t;
    expect(await registerFromApi(ctx(), { email, password, name, role: "traveler", traveler })).toMatchObject({ email, role: "traveler" });
    const a = agencyInput();
    expect(await registerFromApi(ctx(), { email: a.email, password, name, role: "agency", agency: a.agency })).toMatchObject({ role: "agency" });
  });
});
