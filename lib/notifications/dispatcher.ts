import "server-only";
import { and, asc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import { dispatcherRuns, notificationAttempts, notifications } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import type { NotificationPayloads, TemplateName } from "./payloads";
import {
  afterFailure,
  backoffSeconds,
  chunk,
  CLAIM_LIMIT,
  DISPATCHER_RUNS_KEEP_DAYS,
  MAX_ATTEMPTS,
  STUCK_SENDING_MINUTES,
  stuckBefore,
} from "./rules";
import { isTemplateName, renderNotification } from "./templates";
import type { OutgoingMail, SendOutcome, Transport } from "./transports/types";

export interface DispatchOptions {
  transport: Transport;
  appUrl: string;
  from: string;
  /** Rows claimed in this run (default CLAIM_LIMIT). */
  limit?: number;
}

export interface DispatchResult {
  claimed: number;
  sent: number;
  failed: number;
  retried: number;
  recovered: number;
  rateLimited: boolean;
  durationMs: number;
  transport: Transport["name"];
}

type Claimed = Pick<
  typeof notifications.$inferSelect,
  "id" | "template" | "recipient" | "payload" | "attempts" | "idempotencyKey"
>;

/** Instants inside a run: the context's clock plus the time elapsed, so tests control the base. */
function clockFrom(ctx: Ctx) {
  const t0 = performance.now();
  return {
    elapsedMs: () => Math.round(performance.now() - t0),
    at: (extraSeconds = 0) => new Date(ctx.now.getTime() + (performance.now() - t0) + extraSeconds * 1000),
  };
}

interface FailedNotification {
  id: string;
  template: string;
  attempts: number;
  lastError: string;
}

/**
 * A notification that ends `failed` is an error of the system (DOMAIN "every error"): one
 * error-level activity-log entry each. Written after the transaction that failed it has
 * committed, so a log write can never abort or roll back the status change.
 */
async function logFailures(ctx: Ctx, failed: FailedNotification[]): Promise<void> {
  for (const f of failed) {
    await logEvent(ctx, {
      level: "error",
      event: "notification.failed",
      message: `notification ${f.id} (${f.template}) failed after ${f.attempts} attempt${f.attempts === 1 ? "" : "s"}: ${f.lastError}`,
      details: { notificationId: f.id, template: f.template, attempts: f.attempts, lastError: f.lastError },
    });
  }
}

/** Rows left in `sending` by a dispatcher that died go back to pending (or failed when out of attempts). */
async function recoverStuck(ctx: Ctx): Promise<number> {
  const reason = `stuck in sending for over ${STUCK_SENDING_MINUTES} minutes`;
  const rows = await withTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .update(notifications)
      .set({
        status: sql`case when ${notifications.attempts} >= ${MAX_ATTEMPTS} then 'failed'::notification_status else 'pending'::notification_status end`,
        lockedAt: null,
        nextAttemptAt: tx.now,
        lastError: reason,
        updatedAt: tx.now,
      })
      .where(and(eq(notifications.status, "sending"), lt(notifications.lockedAt, stuckBefore(tx.now))))
      .returning({
        id: notifications.id,
        status: notifications.status,
        template: notifications.template,
        attempts: notifications.attempts,
      });
    if (rows.length) {
      await tx.db
        .insert(notificationAttempts)
        .values(
          rows.map((r) => ({ notificationId: r.id, ok: false, error: reason, durationMs: 0, createdAt: tx.now })),
        );
    }
    return rows;
  });
  await logFailures(
    ctx,
    rows
      .filter((r) => r.status === "failed")
      .map((r) => ({ id: r.id, template: r.template, attempts: r.attempts, lastError: reason })),
  );
  return rows.length;
}

/**
 * Claims due rows, `vip` before `default`, oldest first. FOR UPDATE SKIP LOCKED lets two
 * dispatchers claim at once without waiting on or taking each other's rows; the rows leave
 * the transaction as `sending`, with the attempt counted, so no other run can pick them.
 */
async function claim(ctx: Ctx, limit: number): Promise<Claimed[]> {
  return withTransaction(ctx, async (tx) => {
    const due = await tx.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.status, "pending"), lte(notifications.nextAttemptAt, tx.now)))
      // The enum declares vip before default, so ascending queue order drains vip first.
      .orderBy(
        asc(notifications.queue),
        asc(notifications.nextAttemptAt),
        asc(notifications.createdAt),
        asc(notifications.id),
      )
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx.db
      .update(notifications)
      .set({ status: "sending", lockedAt: tx.now, attempts: sql`${notifications.attempts} + 1`, updatedAt: tx.now })
      .where(
        and(
          inArray(
            notifications.id,
            due.map((d) => d.id),
          ),
          eq(notifications.status, "pending"),
        ),
      )
      .returning({
        id: notifications.id,
        template: notifications.template,
        recipient: notifications.recipient,
        payload: notifications.payload,
        attempts: notifications.attempts,
        idempotencyKey: notifications.idempotencyKey,
        queue: notifications.queue,
        nextAttemptAt: notifications.nextAttemptAt,
        createdAt: notifications.createdAt,
      });
    // RETURNING has no order: restore the claim order (vip first).
    const order = new Map(due.map((d, i) => [d.id, i]));
    return claimed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  });
}

async function toMail(row: Claimed, opts: DispatchOptions): Promise<OutgoingMail> {
  if (!isTemplateName(row.template)) throw new Error(`Unknown email template "${row.template}"`);
  const rendered = await renderNotification(
    row.template as TemplateName,
    row.payload as unknown as NotificationPayloads[TemplateName],
    { appUrl: opts.appUrl },
  );
  return {
    notificationId: row.id,
    idempotencyKey: row.idempotencyKey,
    from: opts.from,
    to: row.recipient,
    ...rendered,
  };
}

interface Tally {
  sent: number;
  failed: number;
  retried: number;
}

/** Writes each row's outcome (and its attempt) in one transaction per request sent; logs the rows that failed for good. */
async function record(
  ctx: Ctx,
  rows: Claimed[],
  outcomes: SendOutcome[],
  durationMs: number,
  at: Date,
  tally: Tally,
): Promise<void> {
  const failed: FailedNotification[] = [];
  await withTransaction(ctx, async (tx) => {
    const sent = rows.flatMap((row, i) => {
      const o = outcomes[i];
      return o.ok ? [{ id: row.id, providerMessageId: o.providerMessageId }] : [];
    });
    if (sent.length) {
      const values = sql.join(
        sent.map((s) => sql`(${s.id}::uuid, ${s.providerMessageId}::text)`),
        sql`, `,
      );
      await tx.db.execute(
        sql`update notifications set status = 'sent', sent_at = ${at.toISOString()}::timestamptz, locked_at = null, last_error = null, updated_at = ${at.toISOString()}::timestamptz, provider_message_id = v.pid from (values ${values}) as v(id, pid) where notifications.id = v.id and notifications.status = 'sending'`,
      );
      tally.sent += sent.length;
    }
    for (const [i, row] of rows.entries()) {
      const o = outcomes[i];
      if (o.ok) continue;
      // A 429 is the provider pacing us, not a failure of this mail: it does not use up an attempt.
      const attempts = o.rateLimited ? row.attempts - 1 : row.attempts;
      const next = o.permanent ? "failed" : afterFailure(attempts);
      const waitSeconds = o.rateLimited
        ? Math.max(1, o.retryAfterSeconds ?? 1)
        : backoffSeconds(attempts, o.retryAfterSeconds);
      const updated = await tx.db
        .update(notifications)
        .set({
          status: next === "failed" ? "failed" : "pending",
          attempts,
          lockedAt: null,
          lastError: o.error,
          nextAttemptAt: next === "failed" ? at : new Date(at.getTime() + waitSeconds * 1000),
          updatedAt: at,
        })
        .where(and(eq(notifications.id, row.id), eq(notifications.status, "sending")))
        .returning({ id: notifications.id });
      if (next === "failed") {
        tally.failed += 1;
        // Logged only when this run failed it (an IT employee may have changed the row meanwhile).
        if (updated.length) failed.push({ id: row.id, template: row.template, attempts, lastError: o.error });
      } else tally.retried += 1;
    }
    await tx.db.insert(notificationAttempts).values(
      rows.map((row, i) => {
        const o = outcomes[i];
        return {
          notificationId: row.id,
          ok: o.ok,
          error: o.ok ? null : o.error,
          rateLimited: !o.ok && o.rateLimited,
          durationMs,
          createdAt: at,
        };
      }),
    );
  });
  await logFailures({ ...ctx, now: at }, failed);
}

/** Puts rows that were claimed but not sent (the provider asked us to wait) back, attempt not counted. */
async function release(ctx: Ctx, rows: Claimed[], until: Date, reason: string): Promise<void> {
  if (rows.length === 0) return;
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .update(notifications)
      .set({
        status: "pending",
        attempts: sql`greatest(${notifications.attempts} - 1, 0)`,
        lockedAt: null,
        nextAttemptAt: until,
        lastError: reason,
        updatedAt: tx.now,
      })
      .where(
        and(
          inArray(
            notifications.id,
            rows.map((r) => r.id),
          ),
          eq(notifications.status, "sending"),
        ),
      );
  });
}

/**
 * One dispatcher run: recover stuck rows, claim a batch, render and send it outside any
 * transaction (batches of up to the transport's limit), record each outcome, and log the
 * run in dispatcher_runs. Safe to run in several processes at once.
 */
export async function dispatchNotifications(ctx: Ctx, opts: DispatchOptions): Promise<DispatchResult> {
  const clock = clockFrom(ctx);
  const recovered = await recoverStuck(ctx);
  const rows = await claim(ctx, opts.limit ?? CLAIM_LIMIT);
  const tally: Tally = { sent: 0, failed: 0, retried: 0 };
  let rateLimitedUntil: Date | null = null;

  // Chunk by chunk: render, then send. Rendering the next chunk fills the gap the
  // provider's rate limit imposes between requests, instead of adding to it.
  for (const group of chunk(rows, opts.transport.maxBatchSize)) {
    if (rateLimitedUntil) {
      await release(ctx, group, rateLimitedUntil, "waiting for the provider's Retry-After");
      tally.retried += group.length;
      continue;
    }
    const ready: { row: Claimed; mail: OutgoingMail }[] = [];
    const broken: { row: Claimed; error: string }[] = [];
    for (const row of group) {
      try {
        ready.push({ row, mail: await toMail(row, opts) });
      } catch (error) {
        // A template that cannot render fails its row without costing a request.
        broken.push({ row, error: `render: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    if (broken.length) {
      const outcomes: SendOutcome[] = broken.map((b) => ({
        ok: false,
        error: b.error,
        rateLimited: false,
        permanent: true,
      }));
      await record(
        ctx,
        broken.map((b) => b.row),
        outcomes,
        0,
        clock.at(),
        tally,
      );
    }
    if (ready.length === 0) continue;
    const readyRows = ready.map((g) => g.row);
    const started = performance.now();
    let outcomes: SendOutcome[];
    try {
      outcomes = await opts.transport.sendBatch(
        ctx,
        ready.map((g) => g.mail),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes = ready.map(() => ({ ok: false, error: message, rateLimited: false, permanent: false }));
    }
    const limited = outcomes.find((o) => !o.ok && o.rateLimited);
    if (limited && !limited.ok) rateLimitedUntil = clock.at(Math.max(1, limited.retryAfterSeconds ?? 1));
    await record(ctx, readyRows, outcomes, Math.round(performance.now() - started), clock.at(), tally);
  }

  const result: DispatchResult = {
    claimed: rows.length,
    ...tally,
    recovered,
    rateLimited: rateLimitedUntil !== null,
    durationMs: clock.elapsedMs(),
    transport: opts.transport.name,
  };
  await ctx.db.insert(dispatcherRuns).values({
    startedAt: ctx.now,
    finishedAt: clock.at(),
    durationMs: result.durationMs,
    claimed: result.claimed,
    sent: result.sent,
    failed: result.failed,
    retried: result.retried,
    recovered,
    transport: opts.transport.name,
  });
  await ctx.db
    .delete(dispatcherRuns)
    .where(lt(dispatcherRuns.startedAt, new Date(ctx.now.getTime() - DISPATCHER_RUNS_KEEP_DAYS * 86_400_000)));
  return result;
}
