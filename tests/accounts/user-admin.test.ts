import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { activityLog } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { createInvitation, findOpenInvitation, listInvitations } from "@/lib/auth/invitations";
import { registerInvited } from "@/lib/auth/register";
import { actorForSession } from "@/lib/auth/sessions";
import { listUsers, revokeInvitation, setUserDisabled } from "@/lib/auth/user-admin";
import { insertUser } from "@/lib/auth/users";
import type { Actor } from "@/lib/context";
import { NOW, PASSWORD, tokenFromOutbox, uniqueEmail } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
let it_: Actor;
beforeAll(async () => {
  db = await createTestDb();
  const row = await insertUser(db.ctx(null, NOW), {
    email: uniqueEmail("ida"),
    password: PASSWORD,
    name: "Ida Admin",
    role: "it",
    emailVerified: true,
  });
  it_ = { id: row.id, role: "it", email: row.email, name: row.name };
});
afterAll(() => db.destroy());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );
const q = (over: Record<string, unknown> = {}) => ({ page: 1, pageSize: 20, ...over });

describe("staff user admin", () => {
  it("finds users by part of the email or name, role and status", async () => {
    const email = uniqueEmail("Zed-Findme");
    await insertUser(db.ctx(null, NOW), { email, password: PASSWORD, name: "Zed Findme", role: "traveler" });
    expect((await listUsers(db.ctx(it_), q({ q: "zed-findme" }))).items.map((u) => u.email)).toEqual([
      email.toLowerCase(),
    ]);
    expect((await listUsers(db.ctx(it_), q({ q: "Zed Find", role: "agency" }))).total).toBe(0);
    expect((await listUsers(db.ctx(it_), q({ q: "Zed Find", status: "active" }))).total).toBe(1);
    expect(await codeOf(listUsers(db.ctx({ ...it_, role: "employee" }), q()))).toBe("forbidden");
  });

  it("deactivating revokes every session and refuses sign-in with account_disabled; reactivating lets him back", async () => {
    const email = uniqueEmail("locked");
    const user = await insertUser(db.ctx(null, NOW), {
      email,
      password: PASSWORD,
      name: "Lou Locked",
      role: "traveler",
    });
    const session = await authenticate(db.ctx(null, NOW), { email, password: PASSWORD, ip: "9.9.9.1" }, "api");
    const view = await setUserDisabled(db.ctx(it_, NOW), user.id, true);
    expect(view.status).toBe("disabled");
    expect(await actorForSession(db.ctx(null, NOW), session.sessionId!)).toBeNull();
    expect(await codeOf(authenticate(db.ctx(null, NOW), { email, password: PASSWORD, ip: "9.9.9.2" }, "web"))).toBe(
      "account_disabled",
    );
    // A wrong password still answers like any wrong password: nothing about the account's state.
    expect(
      await codeOf(authenticate(db.ctx(null, NOW), { email, password: "wrong-one-123", ip: "9.9.9.3" }, "web")),
    ).toBe("invalid_credentials");
    expect((await listUsers(db.ctx(it_), q({ q: email, status: "disabled" }))).total).toBe(1);
    await setUserDisabled(db.ctx(it_, NOW), user.id, false);
    expect(await codeOf(authenticate(db.ctx(null, NOW), { email, password: PASSWORD, ip: "9.9.9.4" }, "web"))).toBe(
      "ok",
    );
    const logs = await db.db.select().from(activityLog).where(eq(activityLog.event, "auth.user_deactivated"));
    expect(logs.at(-1)?.details).toMatchObject({ userId: user.id, by: it_.email });
    expect(await codeOf(setUserDisabled(db.ctx(it_, NOW), it_.id, true))).toBe("conflict");
  });

  it("a revoked invitation's link no longer opens an account", async () => {
    const email = uniqueEmail("wrong-invitee");
    const invitation = await createInvitation(db.ctx(it_, NOW), { email, role: "it" });
    const token = await tokenFromOutbox(db.ctx(), email, "invitation");
    expect(await findOpenInvitation(db.ctx(null, NOW), token)).not.toBeNull();
    await revokeInvitation(db.ctx(it_, NOW), invitation.id);
    expect(await findOpenInvitation(db.ctx(null, NOW), token)).toBeNull();
    expect(await codeOf(registerInvited(db.ctx(null, NOW), { token, name: "Eve", password: PASSWORD }))).toBe(
      "validation_failed",
    );
    const listed = (await listInvitations(db.ctx(it_, NOW), q())).items.find((i) => i.id === invitation.id);
    expect(listed?.status).toBe("revoked");
  });
});
