import "server-only";
import { and, asc, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { notificationAttempts, notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import {
  NOTIFICATION_QUEUES,
  NOTIFICATION_STATUSES,
  type ListNotificationsQuery,
  type NotificationCounts,
  type NotificationDetail,
  type NotificationView,
} from "./schemas";
import { isUuid } from "@/lib/validation";
import { requireRole } from "@/lib/auth/require-role";

type Row = typeof notifications.$inferSelect;

export function toNotificationView(r: Row): NotificationView {
  return {
    id: r.id,
    queue: r.queue,
    template: r.template,
    recipient: r.recipient,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    lastError: r.lastError,
    sentAt: r.sentAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(q: ListNotificationsQuery): SQL | undefined {
  const where: SQL[] = [];
  if (q.status) where.push(eq(notifications.status, q.status));
  if (q.queue) where.push(eq(notifications.queue, q.queue));
  if (q.template) where.push(eq(notifications.template, q.template));
  if (q.recipient) where.push(ilike(notifications.recipient, `%${escapeLike(q.recipient)}%`));
  if (q.from) where.push(gte(notifications.createdAt, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lt(notifications.createdAt, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
  return where.length ? and(...where) : undefined;
}

/** Counts of the whole outbox by status, and by status within each queue. */
export async function countNotifications(ctx: Ctx): Promise<NotificationCounts> {
  requireRole(ctx, ["it"]);
  const rows = await ctx.db
    .select({ status: notifications.status, queue: notifications.queue, n: count() })
    .from(notifications)
    .groupBy(notifications.status, notifications.queue);
  const zero = () => Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, 0])) as NotificationCounts["byStatus"];
  const counts: NotificationCounts = {
    byStatus: zero(),
    byQueue: Object.fromEntries(NOTIFICATION_QUEUES.map((q) => [q, zero()])) as NotificationCounts["byQueue"],
    total: 0,
  };
  for (const r of rows) {
    counts.byStatus[r.status] += r.n;
    counts.byQueue[r.queue][r.status] += r.n;
    counts.total += r.n;
  }
  return counts;
}

/** The outbox for IT: filtered, sorted, paginated, with the counts. */
export async function listNotifications(ctx: Ctx, q: ListNotificationsQuery) {
  requireRole(ctx, ["it"]);
  const where = filters(q);
  const dir = q.order === "asc" ? asc : desc;
  const primary = q.sort === "attempts" ? dir(notifications.attempts) : dir(notifications.createdAt);
  const [rows, [{ total }], counts] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(primary, dir(notifications.createdAt), dir(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: count() }).from(notifications).where(where),
    countNotifications(ctx),
  ]);
  return { items: rows.map(toNotificationView), total, page: q.page, pageSize: q.pageSize, counts };
}

/** Template names present in the outbox, for the filter's choices. */
export async function listTemplatesInUse(ctx: Ctx): Promise<string[]> {
  requireRole(ctx, ["it"]);
  const rows = await ctx.db
    .selectDistinct({ template: notifications.template })
    .from(notifications)
    .orderBy(asc(notifications.template));
  return rows.map((r) => r.template);
}

/** One notification with its payload and every attempt, oldest first. */
export async function getNotification(ctx: Ctx, id: string): Promise<NotificationDetail> {
  requireRole(ctx, ["it"]);
  const [row] = isUuid(id) ? await ctx.db.select().from(notifications).where(eq(notifications.id, id)).limit(1) : [];
  if (!row) throw new DomainError("not_found", "There is no such notification.");
  const attempts = await ctx.db
    .select()
    .from(notificationAttempts)
    .where(eq(notificationAttempts.notificationId, id))
    .orderBy(asc(notificationAttempts.createdAt), asc(notificationAttempts.id));
  return {
    ...toNotificationView(row),
    payload: row.payload,
    idempotencyKey: row.idempotencyKey,
    providerMessageId: row.providerMessageId,
    attemptsLog: attempts.map((a) => ({
      id: a.id,
      ok: a.ok,
      error: a.error,
      rateLimited: a.rateLimited,
      durationMs: a.durationMs,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}
