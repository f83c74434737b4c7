import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { notifications, sessions, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { confirmPasswordReset, requestPasswordReset } from "@/lib/auth/password-reset";
import {
  PASSWORD_RESET_MAILS_PER_EMAIL,
  PASSWORD_RESET_MINUTES,
  PASSWORD_RESET_REQUESTS_PER_IP,
} from "@/lib/auth/rules";
import { actorForSession } from "@/lib/auth/sessions";
import { insertUser } from "@/lib/auth/users";
import { freshClient, NOW, PASSWORD, tokenFromOutbox, uniqueEmail } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

const NEW_PASSWORD = "comet-ladder-2027";
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );
const resetMails = async (email: string) =>
  db.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipient, email), eq(notifications.template, "password_reset")));

async function traveler() {
  const email = uniqueEmail("forgetful");
  const user = await insertUser(db.ctx(null, NOW), {
    email,
    password: PASSWORD,
    name: "Fred Forgetful",
    role: "traveler",
    emailVerified: true,
  });
  return { ...user, email };
}

describe("forgotten password", () => {
  it("mails a 1-hour single-use link; using it sets the password, revokes every session and voids older links", async () => {
    const user = await traveler();
    const web = await authenticate(db.ctx(null, NOW), { email: user.email, password: PASSWORD, ip: "1.1.1.1" }, "web");
    await requestPasswordReset(db.ctx(null, NOW), { email: user.email }, freshClient());
    const older = await tokenFromOutbox(db.ctx(), user.email, "password_reset");
    await requestPasswordReset(db.ctx(null, at(1)), { email: user.email }, freshClient());
    const token = await tokenFromOutbox(db.ctx(), user.email, "password_reset");
    expect(token).not.toBe(older);

    await confirmPasswordReset(db.ctx(null, at(2)), { token, password: NEW_PASSWORD });
    // The session opened before the reset is dead; the old password is refused, the new one works.
    expect(await actorForSession(db.ctx(null, at(3)), web.sessionId!)).toBeNull();
    expect(
      await codeOf(authenticate(db.ctx(null, at(3)), { email: user.email, password: PASSWORD, ip: "1.1.1.2" }, "web")),
    ).toBe("invalid_credentials");
    expect(
      await codeOf(
        authenticate(db.ctx(null, at(3)), { email: user.email, password: NEW_PASSWORD, ip: "1.1.1.2" }, "web"),
      ),
    ).toBe("ok");
    // Used, and older, links are refused.
    expect(await codeOf(confirmPasswordReset(db.ctx(null, at(4)), { token, password: "another-pass-2029" }))).toBe(
      "token_invalid",
    );
    expect(
      await codeOf(confirmPasswordReset(db.ctx(null, at(4)), { token: older, password: "another-pass-2029" })),
    ).toBe("token_invalid");
    const live = await db.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(live.filter((s) => s.revokedAt === null)).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const user = await traveler();
    await requestPasswordReset(db.ctx(null, NOW), { email: user.email }, freshClient());
    const token = await tokenFromOutbox(db.ctx(), user.email, "password_reset");
    expect(
      await codeOf(
        confirmPasswordReset(db.ctx(null, at(PASSWORD_RESET_MINUTES + 1)), { token, password: NEW_PASSWORD }),
      ),
    ).toBe("token_invalid");
    const [row] = await db.db.select().from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toBe(user.passwordHash);
  });

  it("answers the same for an unknown email and mails at most 3 times an hour per email", async () => {
    expect(await codeOf(requestPasswordReset(db.ctx(null, NOW), { email: uniqueEmail("nobody") }, freshClient()))).toBe(
      "ok",
    );
    const user = await traveler();
    for (let i = 0; i < PASSWORD_RESET_MAILS_PER_EMAIL + 2; i++) {
      expect(await codeOf(requestPasswordReset(db.ctx(null, at(i)), { email: user.email }, freshClient()))).toBe("ok");
    }
    expect(await resetMails(user.email)).toHaveLength(PASSWORD_RESET_MAILS_PER_EMAIL);
    // An hour after the first mail, one more may go.
    await requestPasswordReset(db.ctx(null, at(61)), { email: user.email }, freshClient());
    expect(await resetMails(user.email)).toHaveLength(PASSWORD_RESET_MAILS_PER_EMAIL + 1);
  });

  it("allows 10 requests an hour per client address, then 429 with Retry-After", async () => {
    const client = freshClient();
    for (let i = 0; i < PASSWORD_RESET_REQUESTS_PER_IP; i++) {
      await requestPasswordReset(db.ctx(null, at(i)), { email: uniqueEmail("probe") }, client);
    }
    const error = await requestPasswordReset(db.ctx(null, at(10)), { email: uniqueEmail("probe") }, client).catch(
      (e: { code: string; retryAfterSeconds?: number }) => e,
    );
    expect(error).toMatchObject({ code: "rate_limited" });
    expect((error as { retryAfterSeconds: number }).retryAfterSeconds).toBe(50 * 60);
    expect(await codeOf(requestPasswordReset(db.ctx(null, at(61)), { email: uniqueEmail("probe") }, client))).toBe(
      "ok",
    );
  });
});
