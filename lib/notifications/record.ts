import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notificationAttempts, notifications } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { logEvent } from "@/lib/monitoring/log-event";
import type { Claimed } from "./lease";
import { afterFailure, backoffSeconds } from "./rules";
import type { SendOutcome } from "./transports/types";

export interface Tally {
  sent: number;
  failed: number;
  retried: number;
}

export interface FailedNotification {
  id: string;
  template: string;
  attempts: number;
  lastError: string;
}

/**
 * A notification that ends `failed` is an error of the system: one error-level activity-log
 * entry each. Written after the transaction that failed it has committed, so a log write can
 * never abort or roll back the status change.
 */
export async function logFailures(ctx: Ctx, failed: FailedNotification[]): Promise<void> {
  for (const f of failed) {
    await logEvent(ctx, {
      level: "error",
      event: "notification.failed",
      message: `notification ${f.id} (${f.template}) failed after ${f.attempts} attempt${f.attempts === 1 ? "" : "s"}: ${f.lastError}`,
      details: { notificationId: f.id, template: f.template, attempts: f.attempts, lastError: f.lastError },
    });
  }
}

/**
 * Writes each row's outcome (and its attempt) in one transaction; logs the rows that failed
 * for good. Only rows still held by this claim (`owner`) are touched: a dispatcher that lost
 * its lease never overwrites what the one that took the rows over records.
 */
export async function record(
  ctx: Ctx,
  owner: string,
  rows: Claimed[],
  outcomes: SendOutcome[],
  durationMs: number,
  at: Date,
  tally: Tally,
): Promise<void> {
  const failed: FailedNotification[] = [];
  const held = and(eq(notifications.status, "sending"), eq(notifications.leaseOwner, owner));
  await withTransaction(ctx, async (tx) => {
    const sent = rows.flatMap((row, i) => {
      const o = outcomes[i];
      return o.ok ? [{ id: row.id, providerMessageId: o.providerMessageId, note: o.note ?? null }] : [];
    });
    if (sent.length) {
      const values = sql.join(
        sent.map((s) => sql`(${s.id}::uuid, ${s.providerMessageId}::text, ${s.note}::text)`),
        sql`, `,
      );
      // The stored copy is no longer needed once the provider has the mail.
      await tx.db.execute(
        sql`update notifications set status = 'sent', sent_at = ${at.toISOString()}::timestamptz, locked_at = null, lease_owner = null, rendered = null, sealed_token = null, last_error = v.note, updated_at = ${at.toISOString()}::timestamptz, provider_message_id = v.pid from (values ${values}) as v(id, pid, note) where notifications.id = v.id and notifications.status = 'sending' and notifications.lease_owner = ${owner}::uuid`,
      );
      tally.sent += sent.length;
    }
    for (const [i, row] of rows.entries()) {
      const o = outcomes[i];
      if (o.ok) continue;
      // A 429 is the provider pacing us, and a request in flight elsewhere is not ours to
      // count: neither uses up an attempt.
      const counted = !o.rateLimited && !o.inFlight;
      const attempts = counted ? row.attempts : row.attempts - 1;
      const next = o.permanent ? "failed" : afterFailure(attempts);
      const waitSeconds = counted
        ? backoffSeconds(attempts, o.retryAfterSeconds)
        : Math.max(1, o.retryAfterSeconds ?? 1);
      const updated = await tx.db
        .update(notifications)
        .set({
          status: next === "failed" ? "failed" : "pending",
          ...(next === "failed" ? { rendered: null, sealedToken: null } : {}),
          attempts,
          lockedAt: null,
          leaseOwner: null,
          lastError: o.error,
          nextAttemptAt: next === "failed" ? at : new Date(at.getTime() + waitSeconds * 1000),
          updatedAt: at,
        })
        .where(and(eq(notifications.id, row.id), held))
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
          error: o.ok ? (o.note ?? null) : o.error,
          rateLimited: !o.ok && o.rateLimited,
          durationMs,
          createdAt: at,
        };
      }),
    );
  });
  await logFailures({ ...ctx, now: at }, failed);
}
