import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { confirmEmail } from "@/lib/auth/confirm-email";
import { requestEmailChange } from "@/lib/auth/email-change";
import { getPreferences, unsubscribeVipAlerts } from "@/lib/auth/preferences";
import { getMeDetails, updateProfile } from "@/lib/auth/profile";
import { unsubscribeToken } from "@/lib/auth/unsubscribe-token";
import { insertUser } from "@/lib/auth/users";
import type { Actor } from "@/lib/context";
import { freshClient, NOW, PASSWORD, tokenFromOutbox, uniqueEmail } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; fieldErrors?: Record<string, string[]> }) => e.code ?? String(e),
  );

async function traveler(): Promise<Actor> {
  const row = await insertUser(db.ctx(null, NOW), {
    email: uniqueEmail("self"),
    password: PASSWORD,
    name: "Sam Self",
    role: "traveler",
    emailVerified: true,
    phone: "+34612345678",
    address: "Calle Mayor 1",
    country: "ES",
    taxId: "12345678Z",
    dateOfBirth: "1990-04-12",
  });
  return { id: row.id, role: "traveler", email: row.email, name: row.name };
}

describe("profile", () => {
  it("checks the tax id against the country as registration does, and saves a good one", async () => {
    const me = await traveler();
    const bad = await updateProfile(db.ctx(me, NOW), { taxId: "123" }).catch((e) => e);
    expect(bad.code).toBe("validation_failed");
    expect(Object.keys(bad.fieldErrors)).toEqual(["taxId"]);
    // A new country re-checks the stored tax id too.
    const moved = await updateProfile(db.ctx(me, NOW), { country: "FR" }).catch((e) => e);
    expect(Object.keys(moved.fieldErrors)).toContain("taxId");
    const saved = await updateProfile(db.ctx(me, NOW), { taxId: "00000000t", address: "Gran Via 2" });
    expect(saved.traveler).toMatchObject({ taxId: "00000000T", address: "Gran Via 2", dateOfBirth: "1990-04-12" });
  });
});

describe("email change", () => {
  it("needs the password; the old address signs in until the link is used, then only the new one", async () => {
    const me = await traveler();
    const newEmail = uniqueEmail("moved");
    expect(
      await codeOf(requestEmailChange(db.ctx(me, NOW), { newEmail, password: "wrong-password-1" }, freshClient())),
    ).toBe("validation_failed");
    await requestEmailChange(db.ctx(me, NOW), { newEmail, password: PASSWORD }, freshClient());
    const notice = await db.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipient, me.email), eq(notifications.template, "email_change_notice")));
    expect(notice).toHaveLength(1);
    expect((await getMeDetails(db.ctx(me, NOW))).pendingEmail).toBe(newEmail);
    expect(
      await codeOf(authenticate(db.ctx(null, NOW), { email: me.email, password: PASSWORD, ip: "5.5.5.1" }, "web")),
    ).toBe("ok");
    const token = await tokenFromOutbox(db.ctx(), newEmail, "email_change_confirm");
    expect((await confirmEmail(db.ctx(null, NOW), token)).email).toBe(newEmail);
    expect(
      await codeOf(authenticate(db.ctx(null, NOW), { email: me.email, password: PASSWORD, ip: "5.5.5.2" }, "web")),
    ).toBe("invalid_credentials");
    expect(
      await codeOf(authenticate(db.ctx(null, NOW), { email: newEmail, password: PASSWORD, ip: "5.5.5.3" }, "web")),
    ).toBe("ok");
    expect(await codeOf(confirmEmail(db.ctx(null, NOW), token))).toBe("validation_failed");
  });

  it("refuses an address another account has (409 email_taken)", async () => {
    const me = await traveler();
    const other = await traveler();
    expect(
      await codeOf(requestEmailChange(db.ctx(me, NOW), { newEmail: other.email, password: PASSWORD }, freshClient())),
    ).toBe("email_taken");
  });
});

describe("one-click unsubscribe", () => {
  it("the signed token turns that traveler's VIP alerts off; a forged one does nothing", async () => {
    const me = await traveler();
    const secret = process.env.AUTH_SECRET!;
    expect(await codeOf(unsubscribeVipAlerts(db.ctx(null, NOW), `${me.id}.forged`))).toBe("token_invalid");
    expect((await getPreferences(db.ctx(me, NOW))).vipAlerts).toBe(true);
    await unsubscribeVipAlerts(db.ctx(null, NOW), unsubscribeToken(me.id, secret));
    expect((await getPreferences(db.ctx(me, NOW))).vipAlerts).toBe(false);
  });
});
