import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { freshClient, NOW, tokenFromOutbox, travelerInput } from "@/tests/helpers/accounts";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { confirmEmail, resendConfirmation } from "./confirm-email";
import { registerTraveler } from "./register";
import { CONFIRMATION_EMAILS_PER_HOUR, EMAIL_TOKEN_HOURS } from "./rules";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const HOUR = 3600_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const verifiedAt = async (id: string) =>
  (await db.db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, id)))[0].at;

async function newTraveler() {
  const user = await registerTraveler(db.ctx(null, NOW), travelerInput(), freshClient());
  const token = await tokenFromOutbox(db.ctx(), user.email, "verify_email");
  const actor: Actor = { id: user.id, role: "traveler", email: user.email, name: user.name };
  return { user, token, actor };
}

describe("confirmEmail", () => {
  it("marks the address verified, and the link works only once", async () => {
    const { user, token } = await newTraveler();
    const confirmedAt = at(HOUR);
    expect(await confirmEmail(db.ctx(null, confirmedAt), token)).toEqual({ userId: user.id, email: user.email });
    expect(await verifiedAt(user.id)).toEqual(confirmedAt);
    await expect(confirmEmail(db.ctx(null, at(2 * HOUR)), token)).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/already been used/),
    });
  });

  it("accepts the link until 48 h have passed, and says clearly when it has expired", async () => {
    const a = await newTraveler();
    await confirmEmail(db.ctx(null, at(EMAIL_TOKEN_HOURS * HOUR - 1000)), a.token);
    expect(await verifiedAt(a.user.id)).not.toBeNull();

    const b = await newTraveler();
    await expect(confirmEmail(db.ctx(null, at(EMAIL_TOKEN_HOURS * HOUR)), b.token)).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/expired/),
    });
    expect(await verifiedAt(b.user.id)).toBeNull();
  });

  it("refuses an unknown token", async () => {
    await expect(confirmEmail(db.ctx(null, NOW), "x".repeat(43))).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { token: expect.any(Array) },
    });
  });
});

describe("resendConfirmation", () => {
  it("sends a new working link while unverified, nothing once verified", async () => {
    const { user, token, actor } = await newTraveler();
    expect(await resendConfirmation(db.ctx(actor, at(60_000)))).toEqual({ sent: true });
    const fresh = await tokenFromOutbox(db.ctx(), user.email, "verify_email");
    expect(fresh).not.toBe(token);
    await confirmEmail(db.ctx(null, at(120_000)), fresh);
    expect(await resendConfirmation(db.ctx(actor, at(180_000)))).toEqual({ sent: false });
  });

  it(`allows ${CONFIRMATION_EMAILS_PER_HOUR} confirmation emails an hour, then answers rate_limited with a retry time`, async () => {
    const { actor } = await newTraveler(); // the registration mail is the first
    for (let i = 1; i < CONFIRMATION_EMAILS_PER_HOUR; i++) await resendConfirmation(db.ctx(actor, at(i * 1000)));
    await expect(resendConfirmation(db.ctx(actor, at(10_000)))).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 3600 - 10,
    });
    expect(await resendConfirmation(db.ctx(actor, at(HOUR + 1)))).toEqual({ sent: true });
  });
});
