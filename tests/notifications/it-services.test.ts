import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { activityLog, dispatcherRuns, notifications } from "@/db/schema";
import { insertUser } from "@/lib/auth/users";
import { createContext, type Actor } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { changeNotificationStatus } from "@/lib/notifications/manual-change";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { countNotifications, getNotification, listNotifications } from "@/lib/notifications/queue-queries";
import { listNotificationsQuery } from "@/lib/notifications/schemas";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { mailboxTransport } from "@/lib/notifications/transports/mailbox";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

let db: TestDb;
let it1: Actor;
let employee: Actor;
const T0 = new Date("2026-11-25T12:00:00Z");
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const q = (input: Record<string, unknown> = {}) => listNotificationsQuery.parse(input);
const mailbox = { provider: "mailbox" as const, configured: true, baseUrl: null };

beforeAll(async () => {
  db = await createTestDb();
  const ctx = db.ctx(null, T0);
  const a = await insertUser(ctx, {
    email: "ira@it.test",
    password: "orbit-stairs-2026",
    name: "Ira IT",
    role: "it",
    emailVerified: true,
  });
  const b = await insertUser(ctx, {
    email: "fin@corp.test",
    password: "orbit-stairs-2026",
    name: "Fin",
    role: "employee",
    emailVerified: true,
  });
  it1 = { id: a.id, role: "it", email: a.email, name: a.name };
  employee = { id: b.id, role: "employee", email: b.email, name: b.name };
});
afterAll(() => db.destroy());
beforeEach(async () => {
  await db.db.execute(sql`truncate notifications, notification_attempts, mailbox, dispatcher_runs cascade`);
});

async function seedQueue() {
  const ctx = db.ctx(null, T0);
  const a = await enqueueNotification(ctx, {
    template: "verify_email",
    to: "ada@example.test",
    payload: SAMPLE_PAYLOADS.verify_email,
  });
  const b = await enqueueNotification(db.ctx(null, at(10)), {
    template: "vip_new_launch",
    to: "vera@example.test",
    payload: SAMPLE_PAYLOADS.vip_new_launch,
    queue: "vip",
  });
  const c = await enqueueNotification(db.ctx(null, at(20)), {
    template: "invoice_issued",
    to: "ops@orbit.test",
    payload: SAMPLE_PAYLOADS.invoice_issued,
  });
  await db.db
    .update(notifications)
    .set({ status: "failed", attempts: 5, lastError: "500 boom" })
    .where(eq(notifications.id, c));
  return { a, b, c };
}

describe("IT notification queue", () => {
  it("lists with filters, sorting, pagination and counts", async () => {
    const { a, b, c } = await seedQueue();
    const ctx = db.ctx(it1, at(60));
    const all = await listNotifications(ctx, q());
    expect(all.items.map((i) => i.id)).toEqual([c, b, a]);
    expect(all.counts.byStatus).toMatchObject({ pending: 2, failed: 1, sent: 0 });
    expect(all.counts.byQueue.vip.pending).toBe(1);
    expect(all.counts.total).toBe(3);
    expect((await listNotifications(ctx, q({ status: "failed" }))).items.map((i) => i.id)).toEqual([c]);
    expect((await listNotifications(ctx, q({ queue: "vip" }))).items.map((i) => i.id)).toEqual([b]);
    expect((await listNotifications(ctx, q({ template: "verify_email" }))).items.map((i) => i.id)).toEqual([a]);
    expect((await listNotifications(ctx, q({ recipient: "ORBIT" }))).items.map((i) => i.id)).toEqual([c]);
    expect((await listNotifications(ctx, q({ recipient: "%" }))).total).toBe(0);
    expect((await listNotifications(ctx, q({ from: "2026-11-26" }))).total).toBe(0);
    expect((await listNotifications(ctx, q({ from: "2026-11-25", to: "2026-11-25" }))).total).toBe(3);
    expect((await listNotifications(ctx, q({ sort: "attempts", order: "desc" }))).items[0].id).toBe(c);
    const page2 = await listNotifications(ctx, q({ pageSize: 2, page: 2 }));
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((i) => i.id)).toEqual([a]);
  });

  it("is for IT employees only", async () => {
    await expect(listNotifications(db.ctx(employee, T0), q())).rejects.toMatchObject({ code: "forbidden" });
    await expect(listNotifications(db.ctx(null, T0), q())).rejects.toMatchObject({ code: "unauthorized" });
    await expect(getServiceStatus(db.ctx(employee, T0), mailbox, 1)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("shows a row with its attempts", async () => {
    const { a } = await seedQueue();
    await dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: at(30) }), {
      transport: mailboxTransport(),
      appUrl: "http://x",
      from: "a@b.c",
    });
    const detail = await getNotification(db.ctx(it1, at(60)), a);
    expect(detail.status).toBe("sent");
    expect(detail.attemptsLog).toHaveLength(1);
    expect(detail.attemptsLog[0].ok).toBe(true);
    await expect(getNotification(db.ctx(it1, at(60)), "nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("manual status changes", () => {
  it("marks pending or failed sent or deleted, logging who did it", async () => {
    const { a, c } = await seedQueue();
    const ctx = db.ctx(it1, at(60));
    expect((await changeNotificationStatus(ctx, a, { status: "deleted" })).status).toBe("deleted");
    expect((await changeNotificationStatus(ctx, c, { status: "sent" })).status).toBe("sent");
    const counts = await countNotifications(ctx);
    expect(counts.byStatus).toMatchObject({ pending: 1, deleted: 1, sent: 1, failed: 0 });
    const logs = await db.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.actor, "ira@it.test")));
    expect(logs.map((l) => l.event).sort()).toEqual(["notification.deleted", "notification.marked_sent"]);
    expect(logs[0].details).toMatchObject({ by: "ira@it.test" });
    // A deleted row is never dispatched.
    const run = await dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: at(90) }), {
      transport: mailboxTransport(),
      appUrl: "http://x",
      from: "a@b.c",
    });
    expect(run.claimed).toBe(1);
  });

  it("refuses other states with invalid_transition, and other roles", async () => {
    const { a, b } = await seedQueue();
    await db.db.update(notifications).set({ status: "sending" }).where(eq(notifications.id, b));
    const ctx = db.ctx(it1, at(60));
    await changeNotificationStatus(ctx, a, { status: "deleted" });
    await expect(changeNotificationStatus(ctx, a, { status: "sent" })).rejects.toMatchObject({
      code: "invalid_transition",
    });
    await expect(changeNotificationStatus(ctx, b, { status: "deleted" })).rejects.toMatchObject({
      code: "invalid_transition",
    });
    await expect(changeNotificationStatus(db.ctx(employee, at(60)), b, { status: "deleted" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      changeNotificationStatus(ctx, "00000000-0000-4000-8000-000000000000", { status: "deleted" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("service status", () => {
  it("reports queues, lag, sends, the last run and a verdict", async () => {
    await seedQueue();
    const before = await getServiceStatus(db.ctx(it1, at(60)), mailbox, 42);
    expect(before).toMatchObject({
      provider: { name: "mailbox", configured: true },
      uptime: { seconds: 42 },
      lastSuccessfulSendAt: null,
      lastRun: null,
      oldestPendingAgeSeconds: 60,
    });
    expect(before.queues).toEqual({ vip: { pending: 1, sending: 0 }, default: { pending: 1, sending: 0 } });
    // Pending work and a dispatcher that never ran: down.
    expect(before.verdict).toBe("down");
    expect(before.thresholds.degraded.lagSeconds).toBe(120);

    await dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: at(61) }), {
      transport: mailboxTransport(),
      appUrl: "http://x",
      from: "a@b.c",
    });
    const after = await getServiceStatus(db.ctx(it1, at(62)), mailbox, 44);
    expect(after.lastHour).toMatchObject({ sent: 2, attempts: 2, failedAttempts: 0, failureRate: 0 });
    expect(after.last24h.sent).toBe(2);
    expect(after.queues.default.pending).toBe(0);
    expect(after.oldestPendingAgeSeconds).toBeNull();
    expect(after.lastSuccessfulSendAt).not.toBeNull();
    expect(after.lastRun).toMatchObject({ claimed: 2, sent: 2 });
    expect(after.verdict).toBe("ok");
    expect((await db.db.select().from(dispatcherRuns)).length).toBe(1);
  });
});
