import { beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { activityLog, dispatcherRuns, mailbox, notificationAttempts, notifications } from "@/db/schema";
import { createContext } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailboxTransport } from "@/lib/notifications/transports/mailbox";
import { resendTransport } from "@/lib/notifications/transports/resend";
import type { Transport } from "@/lib/notifications/transports/types";
import type { TestDb } from "../helpers/test-db";
import { dispatchFixture } from "./dispatch-fixture";
import type { ResendStub } from "./resend-stub";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

let db: TestDb;
let stub: ResendStub;
let resend: Transport;
const T0 = new Date("2026-11-25T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const opts = (transport: Transport) => ({
  transport,
  appUrl: "https://app.astro.test",
  from: "AstroBookings <no-reply@astro.test>",
});
const cronCtx = (now: Date) => createContext({ db: db.db, origin: "cron:notifications", now });

async function enqueue(
  n: number,
  opts2: { queue?: "vip" | "default"; now?: Date; to?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(
      await enqueueNotification(db.ctx(null, opts2.now ?? T0), {
        template: "verify_email",
        to: opts2.to ?? `user${i}@example.test`,
        payload: SAMPLE_PAYLOADS.verify_email,
        queue: opts2.queue,
      }),
    );
  }
  return ids;
}

const rowOf = async (id: string) => (await db.db.select().from(notifications).where(eq(notifications.id, id)))[0];
/** The error-level `notification.failed` entries of the activity log. */
const failureLogs = async () => db.db.select().from(activityLog).where(eq(activityLog.event, "notification.failed"));

const fx = dispatchFixture();
beforeAll(() => {
  ({ db, stub, resend } = fx);
});

describe("dispatcher with the built-in mailbox", () => {
  it("stores rendered mails, marks rows sent and records the run", async () => {
    const [id] = await enqueue(2);
    const result = await dispatchNotifications(cronCtx(at(1)), opts(mailboxTransport()));
    expect(result).toMatchObject({ claimed: 2, sent: 2, failed: 0, retried: 0, transport: "mailbox" });
    const mails = await db.db.select().from(mailbox);
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.notificationId === id)?.text).toContain(
      "https://app.astro.test/confirm-email?token=abc123",
    );
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, lockedAt: null });
    const runs = await db.db.select().from(dispatcherRuns);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ claimed: 2, sent: 2, transport: "mailbox" });
  });

  it("drains the vip queue before default", async () => {
    await enqueue(2, { queue: "default", now: at(-60) });
    const [vip] = await enqueue(1, { queue: "vip", now: at(0) });
    await dispatchNotifications(cronCtx(at(1)), { ...opts(mailboxTransport()), limit: 1 });
    expect((await rowOf(vip)).status).toBe("sent");
    const pending = await db.db.select().from(notifications).where(eq(notifications.status, "pending"));
    expect(pending).toHaveLength(2);
  });

  it("does nothing with nothing due", async () => {
    await enqueue(1, { now: at(60) });
    const result = await dispatchNotifications(cronCtx(at(1)), opts(mailboxTransport()));
    expect(result.claimed).toBe(0);
  });
});

describe("dispatcher with Resend (local stub)", () => {
  it("sends one mail through POST /emails with the notification's idempotency key", async () => {
    const [id] = await enqueue(1);
    await dispatchNotifications(cronCtx(at(1)), opts(resend));
    const row = await rowOf(id);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]).toMatchObject({
      path: "/emails",
      idempotencyKey: row.idempotencyKey,
      refs: [row.idempotencyKey],
      to: ["user0@example.test"],
    });
    expect(row.status).toBe("sent");
    expect(row.providerMessageId).toMatch(/^stub-/);
  });

  it("uses the batch endpoint, 100 mails a request, each request with an idempotency key", async () => {
    await enqueue(250);
    const result = await dispatchNotifications(cronCtx(at(1)), opts(resend));
    expect(result).toMatchObject({ claimed: 250, sent: 250 });
    expect(stub.requests.map((r) => [r.path, r.refs.length])).toEqual([
      ["/emails/batch", 100],
      ["/emails/batch", 100],
      ["/emails/batch", 50],
    ]);
    for (const r of stub.requests) expect(r.idempotencyKey).toMatch(/^batch-[0-9a-f]{48}$/);
    expect(new Set(stub.requests.map((r) => r.idempotencyKey)).size).toBe(3);
    expect([...stub.delivered.values()].every((n) => n === 1)).toBe(true);
    expect(stub.delivered.size).toBe(250);
  });

  it("retries a failure with exponential backoff and recovers", async () => {
    const [id] = await enqueue(1);
    stub.script = [{ status: 500 }];
    const first = await dispatchNotifications(cronCtx(at(0)), opts(resend));
    expect(first).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    let row = await rowOf(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/500/);
    // 30 s from when the failure came back (the run itself takes a moment).
    const wait1 = (row.nextAttemptAt.getTime() - T0.getTime()) / 1000;
    expect(wait1).toBeGreaterThanOrEqual(30);

    // Not due yet: nothing is sent before the backoff ends.
    expect((await dispatchNotifications(cronCtx(at(29)), opts(resend))).claimed).toBe(0);
    expect(wait1).toBeLessThan(40); // 30 s, not the next step of the backoff (60 s)

    stub.script = [{ status: 503 }];
    await dispatchNotifications(cronCtx(at(31)), opts(resend));
    row = await rowOf(id);
    expect(row.attempts).toBe(2);
    const wait2 = (row.nextAttemptAt.getTime() - at(31).getTime()) / 1000;
    expect(wait2).toBeGreaterThanOrEqual(60);
    expect(wait2).toBeLessThan(90); // 60 s, not 120 s

    await dispatchNotifications(cronCtx(at(120)), opts(resend));
    row = await rowOf(id);
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    const attempts = await db.db
      .select()
      .from(notificationAttempts)
      .where(eq(notificationAttempts.notificationId, id))
      .orderBy(asc(notificationAttempts.createdAt));
    expect(attempts.map((a) => a.ok)).toEqual([false, false, true]);
    // Every try carried the same idempotency key.
    expect(new Set(stub.requests.map((r) => r.idempotencyKey))).toEqual(new Set([row.idempotencyKey]));
  });

  it("gives up after 5 attempts: failed", async () => {
    const [id] = await enqueue(1);
    stub.script = Array.from({ length: 6 }, () => ({ status: 500 as const }));
    let now = 0;
    for (let i = 0; i < 5; i++) {
      await dispatchNotifications(cronCtx(at(now)), opts(resend));
      now += 3600;
    }
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "failed", attempts: 5 });
    expect(stub.requests).toHaveLength(5);
    // Only the last attempt, the one that failed it for good, is an error in the logs.
    const logs = await failureLogs();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: "error", actor: "cron:notifications" });
    expect(logs[0].details).toMatchObject({
      notificationId: id,
      template: "verify_email",
      attempts: 5,
      lastError: row.lastError,
    });
    // Failed rows are never claimed again.
    expect((await dispatchNotifications(cronCtx(at(now)), opts(resend))).claimed).toBe(0);
    expect(stub.requests).toHaveLength(5);
  });

  it("fails at once when the provider refuses the mail itself (422)", async () => {
    const [id] = await enqueue(1);
    stub.script = [{ status: 422, message: "Invalid `to` field." }];
    const result = await dispatchNotifications(cronCtx(at(0)), opts(resend));
    expect(result.failed).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: "failed", attempts: 1 });
    const [log] = await failureLogs();
    expect(log).toMatchObject({ level: "error", event: "notification.failed" });
    expect(log.details).toMatchObject({ notificationId: id, template: "verify_email" });
    expect(log.message).toContain("Invalid `to` field.");
  });

  it("honours 429 Retry-After: stops sending, keeps the attempt budget, resumes after the wait", async () => {
    await enqueue(150);
    stub.script = [{ status: 429, retryAfter: "7" }];
    const result = await dispatchNotifications(cronCtx(at(0)), opts(resend));
    // The second request, made ready while the first was sent, goes back unsent.
    expect(result).toMatchObject({ claimed: 150, sent: 0, failed: 0, retried: 150, rateLimited: true });
    expect(stub.requests).toHaveLength(1); // the second batch waited instead of hitting the limit
    const rows = await db.db.select().from(notifications);
    expect(
      rows.filter((r) => r.status !== "pending" || r.attempts !== 0).map((r) => [r.status, r.attempts, r.lastError]),
    ).toEqual([]);
    expect(rows.filter((r) => r.lastError?.includes("429"))).toHaveLength(100);
    const waits = rows.map((r) => Math.round((r.nextAttemptAt.getTime() - T0.getTime()) / 1000));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(7);
    const limited = await db.db.select().from(notificationAttempts).where(eq(notificationAttempts.rateLimited, true));
    expect(limited).toHaveLength(100);

    expect((await dispatchNotifications(cronCtx(at(5)), opts(resend))).claimed).toBe(0);
    // (The wait counts from when the 429 came, i.e. after rendering; a minute later all are due.)
    const after = await dispatchNotifications(cronCtx(at(60)), opts(resend));
    expect(after.sent).toBe(150);
    expect(stub.requests.every((r) => r.idempotencyKey)).toBe(true);
    expect([...stub.delivered.values()].every((n) => n === 1)).toBe(true);
  });

  it("returns rows whose lease expired (no heartbeat for 30 s) to pending, and sends them", async () => {
    const [stuck, fresh] = await enqueue(2);
    await db.db
      .update(notifications)
      .set({ status: "sending", lockedAt: at(-31), attempts: 1 })
      .where(eq(notifications.id, stuck));
    await db.db
      .update(notifications)
      .set({ status: "sending", lockedAt: at(-20), attempts: 1 })
      .where(eq(notifications.id, fresh));
    const result = await dispatchNotifications(cronCtx(at(0)), opts(resend));
    expect(result).toMatchObject({ recovered: 1, claimed: 1, sent: 1 });
    expect(await rowOf(stuck)).toMatchObject({ status: "sent", attempts: 2 });
    expect((await rowOf(fresh)).status).toBe("sending");
  });

  it("a row whose lease expired out of attempts becomes failed", async () => {
    const [id] = await enqueue(1);
    await db.db
      .update(notifications)
      .set({ status: "sending", lockedAt: at(-60), attempts: 5 })
      .where(eq(notifications.id, id));
    await dispatchNotifications(cronCtx(at(0)), opts(resend));
    expect(await rowOf(id)).toMatchObject({ status: "failed" });
    expect(stub.requests).toHaveLength(0);
    const [log] = await failureLogs();
    expect(log?.details).toMatchObject({
      notificationId: id,
      attempts: 5,
      lastError: "lease expired: no heartbeat from its dispatcher for 30 s",
    });
  });

  it("a network error is retried", async () => {
    const [id] = await enqueue(1);
    const dead = resendTransport({ apiKey: "re_test", baseUrl: "http://127.0.0.1:9", requestsPerSecond: 0 });
    await dispatchNotifications(cronCtx(at(0)), opts(dead));
    expect(await rowOf(id)).toMatchObject({ status: "pending", attempts: 1 });
    // A retry is not a failure: nothing at error level yet.
    expect(await failureLogs()).toEqual([]);
  });

  it("a row with an unknown template fails without a request", async () => {
    const [id] = await enqueue(1);
    await db.db.update(notifications).set({ template: "no_such_template" }).where(eq(notifications.id, id));
    await dispatchNotifications(cronCtx(at(0)), opts(resend));
    const row = await rowOf(id);
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/render: Unknown email template/);
    expect(stub.requests).toHaveLength(0);
    const [log] = await failureLogs();
    expect(log).toMatchObject({ level: "error" });
    expect(log.details).toMatchObject({ notificationId: id, template: "no_such_template", lastError: row.lastError });
  });
});
