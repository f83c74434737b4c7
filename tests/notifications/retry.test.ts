import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { insertUser } from "@/lib/auth/users";
import { createContext, type Actor } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { retryNotification } from "@/lib/notifications/retry";
import { mailboxTransport } from "@/lib/notifications/transports/mailbox";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

let db: TestDb;
let it1: Actor;
const T0 = new Date("2026-11-25T12:00:00Z");
const at = (s: number) => new Date(T0.getTime() + s * 1000);

beforeAll(async () => {
  db = await createTestDb();
  const u = await insertUser(db.ctx(null, T0), {
    email: "ira@it.test",
    password: "orbit-stairs-2026",
    name: "Ira IT",
    role: "it",
    emailVerified: true,
  });
  it1 = { id: u.id, role: "it", email: u.email, name: u.name };
});
afterAll(() => db.destroy());

async function failedNotification(to: string) {
  const n = await enqueueNotification(db.ctx(null, T0), {
    template: "verify_email",
    to,
    payload: SAMPLE_PAYLOADS.verify_email,
  });
  await db.db
    .update(notifications)
    .set({ status: "failed", attempts: 5, lastError: "550 mailbox unavailable" })
    .where(eq(notifications.id, n));
  return n;
}

const dispatch = (s: number) =>
  dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: at(s) }), {
    transport: mailboxTransport(),
    appUrl: "http://x",
    from: "a@b.c",
  });

describe("retrying a failed notification", () => {
  it("puts it back to pending with its attempts kept; the dispatcher then sends it", async () => {
    const id = await failedNotification("ada@example.test");
    const again = await retryNotification(db.ctx(it1, at(60)), id);
    expect(again).toMatchObject({ status: "pending", attempts: 5, recipient: "ada@example.test" });
    await dispatch(61);
    const [row] = await db.db.select().from(notifications).where(eq(notifications.id, id));
    expect(row).toMatchObject({ status: "sent", attempts: 6 });
  });

  it("resends to a corrected recipient under a new idempotency key; only failed ones and only IT", async () => {
    const id = await failedNotification("typo@example.tset");
    // It went out once in a batch request, refused for that address.
    await db.db.update(notifications).set({ sendKey: "batch-first-request" }).where(eq(notifications.id, id));
    const [before] = await db.db.select().from(notifications).where(eq(notifications.id, id));
    const again = await retryNotification(db.ctx(it1, at(120)), id, { recipient: "fixed@example.test" });
    expect(again).toMatchObject({ status: "pending", recipient: "fixed@example.test" });
    const [after] = await db.db.select().from(notifications).where(eq(notifications.id, id));
    expect(after.idempotencyKey).not.toBe(before.idempotencyKey);
    // Its next request is a new one, not a resend of the request to the wrong address.
    expect(after.sendKey).toBeNull();
    await expect(retryNotification(db.ctx(it1, at(121)), id)).rejects.toMatchObject({ code: "invalid_transition" });
    await expect(retryNotification(db.ctx(null, at(121)), id)).rejects.toBeDefined();
  });
});
