import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { freshClient, NOW, PASSWORD, travelerInput, uniqueEmail } from "@/tests/helpers/accounts";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { requestEmailChange } from "./email-change";
import { registerTraveler } from "./register";
import {
  PASSWORD_CHANGE_MAX_FAILURES,
  PASSWORD_CHANGE_WINDOW_MINUTES,
  SIGN_IN_MAX_FAILURES_PER_EMAIL,
  SIGN_IN_MAX_FAILURES_PER_IP,
  SIGN_IN_WINDOW_MINUTES,
} from "./rules";
import { actorForSession, revokeSession } from "./sessions";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;
const attempt = (email: string, password: string, ip: string, seconds = 0) =>
  authenticate(db.ctx(null, at(seconds)), { email, password, ip }, "api");
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: "ok" }) as { code: string; retryAfterSeconds?: number },
    (e) => e,
  );

async function traveler() {
  return registerTraveler(db.ctx(null, NOW), travelerInput(), freshClient());
}

describe("authenticate", () => {
  it("opens a session for the right password; unknown email and wrong password give the same error", async () => {
    const user = await traveler();
    const ip = freshIp();
    const actor = await attempt(user.email.toUpperCase(), PASSWORD, ip);
    expect(actor).toMatchObject({ id: user.id, role: "traveler" });
    expect(await actorForSession(db.ctx(null, NOW), actor.sessionId!)).toMatchObject({ id: user.id });
    const wrong = await failure(attempt(user.email, "wrong-password-1", ip));
    const unknown = await failure(attempt(uniqueEmail("nobody"), "wrong-password-1", ip));
    expect([wrong.code, unknown.code]).toEqual(["invalid_credentials", "invalid_credentials"]);
    expect((wrong as Error).message).toBe((unknown as Error).message);
  });

  it(`blocks an email after ${SIGN_IN_MAX_FAILURES_PER_EMAIL} failures in ${SIGN_IN_WINDOW_MINUTES} minutes, even with the right password, until the window passes`, async () => {
    const user = await traveler();
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_EMAIL; i++) {
      expect((await failure(attempt(user.email, "wrong-password-1", freshIp(), i))).code).toBe("invalid_credentials");
    }
    const blocked = await failure(attempt(user.email, PASSWORD, freshIp(), 60));
    expect(blocked).toMatchObject({ code: "rate_limited", retryAfterSeconds: SIGN_IN_WINDOW_MINUTES * 60 - 60 });
    // The first failure (at 0 s) leaves the window at 15 min; then the account opens again.
    expect((await failure(attempt(user.email, PASSWORD, freshIp(), SIGN_IN_WINDOW_MINUTES * 60 + 1))).code).toBe("ok");
  });

  it(`blocks an IP after ${SIGN_IN_MAX_FAILURES_PER_IP} failures, for every email`, async () => {
    const user = await traveler();
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_IP; i++)
      await failure(attempt(uniqueEmail("spray"), "wrong-password-1", ip, i));
    expect(await failure(attempt(user.email, PASSWORD, ip, 30))).toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: SIGN_IN_WINDOW_MINUTES * 60 - 30,
    });
    expect((await failure(attempt(user.email, PASSWORD, freshIp(), 30))).code).toBe("ok");
  });
});

describe("revocation", () => {
  it("sign-out revokes that session only", async () => {
    const user = await traveler();
    const a = await attempt(user.email, PASSWORD, freshIp());
    const b = await attempt(user.email, PASSWORD, freshIp());
    await revokeSession(db.ctx(a, at(10)), a.sessionId!);
    expect(await actorForSession(db.ctx(null, at(11)), a.sessionId!)).toBeNull();
    expect(await actorForSession(db.ctx(null, at(11)), b.sessionId!)).not.toBeNull();
  });

  it("a password change revokes every session of the user and replaces the password", async () => {
    const user = await traveler();
    const a = await attempt(user.email, PASSWORD, freshIp());
    const b = await attempt(user.email, PASSWORD, freshIp());
    await expect(
      changePassword(
        db.ctx(a, at(5)),
        { currentPassword: "not-the-password", newPassword: "brand-new-orbit-42" },
        { ip: freshIp() },
      ),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    await changePassword(
      db.ctx(a, at(10)),
      { currentPassword: PASSWORD, newPassword: "brand-new-orbit-42" },
      { ip: freshIp() },
    );
    expect(await actorForSession(db.ctx(null, at(11)), a.sessionId!)).toBeNull();
    expect(await actorForSession(db.ctx(null, at(11)), b.sessionId!)).toBeNull();
    expect((await failure(attempt(user.email, PASSWORD, freshIp(), 12))).code).toBe("invalid_credentials");
    expect((await failure(attempt(user.email, "brand-new-orbit-42", freshIp(), 13))).code).toBe("ok");
  });
});

describe("changePassword", () => {
  it(`has its own counter: ${PASSWORD_CHANGE_MAX_FAILURES} wrong current passwords refuse the next change with rate_limited, and never lock sign-in`, async () => {
    const user = await traveler();
    const a = await attempt(user.email, PASSWORD, freshIp());
    const change = (currentPassword: string, seconds: number) =>
      failure(
        changePassword(
          db.ctx(a, at(seconds)),
          { currentPassword, newPassword: "brand-new-orbit-43" },
          { ip: freshIp() },
        ),
      );
    for (let i = 0; i < PASSWORD_CHANGE_MAX_FAILURES; i++) {
      expect(await change("not-the-password", i)).toMatchObject({
        code: "validation_failed",
        fieldErrors: { currentPassword: ["The current password is incorrect."] },
      });
    }
    expect(await change(PASSWORD, 60)).toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: PASSWORD_CHANGE_WINDOW_MINUTES * 60 - 60,
    });
    // Sign-in is untouched: the right password still opens a session at once.
    expect((await failure(attempt(user.email, PASSWORD, freshIp(), 61))).code).toBe("ok");
    // Nothing changed: the session still lives, and the change works again after the window.
    expect(await actorForSession(db.ctx(null, at(62)), a.sessionId!)).not.toBeNull();
    expect((await change(PASSWORD, PASSWORD_CHANGE_WINDOW_MINUTES * 60 + 1)).code).toBe("ok");
  });

  it("sign-in failures do not use up the password change's counter", async () => {
    const user = await traveler();
    const a = await attempt(user.email, PASSWORD, freshIp());
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_EMAIL; i++)
      await failure(attempt(user.email, "wrong-password-1", freshIp(), i));
    await expect(
      changePassword(
        db.ctx(a, at(30)),
        { currentPassword: PASSWORD, newPassword: "brand-new-orbit-44" },
        { ip: freshIp() },
      ),
    ).resolves.toBeUndefined();
  });
});

describe("password re-entry (email change, account deletion)", () => {
  it(`counts wrong passwords of the email change, the deletion and the password change together: past ${PASSWORD_CHANGE_MAX_FAILURES}, even the right one is refused and nothing happens`, async () => {
    const user = await traveler();
    const a = await attempt(user.email, PASSWORD, freshIp());
    const newEmail = uniqueEmail("moved");
    const emailChange = (password: string, seconds: number) =>
      failure(requestEmailChange(db.ctx(a, at(seconds)), { newEmail, password }, { ip: freshIp() }));
    const deletion = (password: string, seconds: number) =>
      failure(deleteAccount(db.ctx(a, at(seconds)), { password }, { ip: freshIp() }));
    const wrong = { code: "validation_failed", fieldErrors: { password: ["The password is incorrect."] } };
    for (let i = 0; i < PASSWORD_CHANGE_MAX_FAILURES - 1; i++)
      expect(await (i % 2 ? deletion : emailChange)("not-the-password", i)).toMatchObject(wrong);
    await failure(
      changePassword(
        db.ctx(a, at(10)),
        { currentPassword: "not-the-password", newPassword: "brand-new-orbit-45" },
        { ip: freshIp() },
      ),
    );
    expect(await deletion(PASSWORD, 20)).toMatchObject({ code: "rate_limited" });
    expect(await emailChange(PASSWORD, 21)).toMatchObject({ code: "rate_limited" });
    // Refused, not done: the account and its session live, sign-in is untouched.
    expect(await actorForSession(db.ctx(null, at(22)), a.sessionId!)).not.toBeNull();
    expect((await failure(attempt(user.email, PASSWORD, freshIp(), 23))).code).toBe("ok");
    expect((await emailChange(PASSWORD, PASSWORD_CHANGE_WINDOW_MINUTES * 60 + 1)).code).toBe("ok");
  });
});
