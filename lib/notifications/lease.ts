import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { notificationAttempts, notifications } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { logger } from "@/lib/monitoring/logger";
import { LEASE_RENEW_SECONDS, LEASE_SECONDS, MAX_ATTEMPTS, leaseExpiredBefore } from "./rules";

// Leases on outbox rows, as job queues like pg-boss and River hold jobs: a dispatcher claims
// one request's worth of rows just before sending them, renews its lease while it works, and
// a row whose lease runs out (the dispatcher died) returns to pending for another to take.

export type Claimed = Pick<
  typeof notifications.$inferSelect,
  "id" | "template" | "recipient" | "payload" | "attempts" | "idempotencyKey" | "rendered" | "sealedToken"
>;

export interface Claim {
  /** The lease owner: only this claim may renew or record its rows. */
  owner: string;
  /** The request's idempotency key, the same on every resend of these rows. */
  key: string;
  /** Sorted by id: a resend lists the mails in the same order as the first request. */
  rows: Claimed[];
}

/**
 * The idempotency key of a new request: one mail goes under its own key; a group under a
 * key derived from its members, fixed on the rows when first claimed (so a re-claim of the
 * same rows repeats it, whatever else is due by then).
 */
export function requestKey(idempotencyKeys: string[]): string {
  if (idempotencyKeys.length === 1) return idempotencyKeys[0];
  const digest = createHash("sha256").update(idempotencyKeys.join("\n")).digest("hex");
  return `batch-${digest.slice(0, 48)}`;
}

const claimedColumns = {
  id: notifications.id,
  template: notifications.template,
  recipient: notifications.recipient,
  payload: notifications.payload,
  attempts: notifications.attempts,
  idempotencyKey: notifications.idempotencyKey,
  rendered: notifications.rendered,
  sealedToken: notifications.sealedToken,
};

/**
 * Claims the next request's rows: the first due row (`vip` before `default`, oldest first)
 * and, if it was sent before under a key, every pending row of that key (the same request
 * again); otherwise up to `size` due rows that never were, under a new key. FOR UPDATE SKIP
 * LOCKED lets dispatchers claim at once; a transaction-scoped advisory lock on the key keeps
 * two of them from splitting one request. The rows leave as `sending`, attempt counted.
 */
export async function claimBatch(ctx: Ctx, size: number): Promise<Claim | null> {
  return withTransaction(ctx, async (tx) => {
    const due = and(eq(notifications.status, "pending"), lte(notifications.nextAttemptAt, tx.now));
    // The enum declares vip before default, so ascending queue order drains vip first.
    const order = [
      asc(notifications.queue),
      asc(notifications.nextAttemptAt),
      asc(notifications.createdAt),
      asc(notifications.id),
    ];
    const [head] = await tx.db
      .select({ id: notifications.id, sendKey: notifications.sendKey })
      .from(notifications)
      .where(due)
      .orderBy(...order)
      .limit(1)
      .for("update", { skipLocked: true });
    if (!head) return null;

    let key: string | null = null;
    let ids: string[] = [];
    if (head.sendKey) {
      const locked = rowsOf<{ ok: boolean }>(
        await tx.db.execute(
          sql`select pg_try_advisory_xact_lock(hashtext(${`notification-send:${head.sendKey}`})) as ok`,
        ),
      )[0]?.ok;
      if (locked) {
        key = head.sendKey;
        const group = await tx.db
          .select({ id: notifications.id })
          .from(notifications)
          .where(and(eq(notifications.sendKey, key), eq(notifications.status, "pending")))
          .for("update");
        ids = group.map((g) => g.id);
      }
    }
    if (!key) {
      // Rows never sent: a new request. (Also when another dispatcher is claiming the head's group.)
      const fresh = await tx.db
        .select({ id: notifications.id, idempotencyKey: notifications.idempotencyKey })
        .from(notifications)
        .where(and(due, isNull(notifications.sendKey)))
        .orderBy(...order)
        .limit(size)
        .for("update", { skipLocked: true });
      if (fresh.length === 0) return null;
      fresh.sort((a, b) => (a.id < b.id ? -1 : 1));
      key = requestKey(fresh.map((f) => f.idempotencyKey));
      ids = fresh.map((f) => f.id);
    }
    const owner = randomUUID();
    const rows = await tx.db
      .update(notifications)
      .set({
        status: "sending",
        lockedAt: tx.now,
        leaseOwner: owner,
        sendKey: key,
        attempts: sql`${notifications.attempts} + 1`,
        updatedAt: tx.now,
      })
      .where(and(inArray(notifications.id, ids), eq(notifications.status, "pending")))
      .returning(claimedColumns);
    if (rows.length === 0) return null;
    rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { owner, key, rows };
  });
}

/**
 * Renews the claim's lease every LEASE_RENEW_SECONDS until stopped: a live dispatcher keeps
 * its rows however long the provider makes it wait. `at` is the run's clock.
 */
export function keepLease(ctx: Ctx, owner: string, at: () => Date): () => void {
  const timer = setInterval(() => {
    ctx.db
      .update(notifications)
      .set({ lockedAt: at() })
      .where(and(eq(notifications.leaseOwner, owner), eq(notifications.status, "sending")))
      .catch((error: unknown) => logger.warn({ err: error, owner }, "notifications: lease renewal failed"));
  }, LEASE_RENEW_SECONDS * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

export interface Recovered {
  id: string;
  status: "pending" | "failed";
  template: string;
  attempts: number;
}

export const LEASE_EXPIRED = `lease expired: no heartbeat from its dispatcher for ${LEASE_SECONDS} s`;

/**
 * Rows whose lease ran out (their dispatcher died) go back to pending, or to failed when out
 * of attempts. They keep their key and stored mail: the next claim resends the same request.
 */
export async function recoverExpired(ctx: Ctx): Promise<Recovered[]> {
  return withTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .update(notifications)
      .set({
        status: sql`case when ${notifications.attempts} >= ${MAX_ATTEMPTS} then 'failed'::notification_status else 'pending'::notification_status end`,
        rendered: sql`case when ${notifications.attempts} >= ${MAX_ATTEMPTS} then null else ${notifications.rendered} end`,
        sealedToken: sql`case when ${notifications.attempts} >= ${MAX_ATTEMPTS} then null else ${notifications.sealedToken} end`,
        lockedAt: null,
        leaseOwner: null,
        nextAttemptAt: tx.now,
        lastError: LEASE_EXPIRED,
        updatedAt: tx.now,
      })
      .where(and(eq(notifications.status, "sending"), lt(notifications.lockedAt, leaseExpiredBefore(tx.now))))
      .returning({
        id: notifications.id,
        status: notifications.status,
        template: notifications.template,
        attempts: notifications.attempts,
      });
    if (rows.length) {
      await tx.db.insert(notificationAttempts).values(
        rows.map((r) => ({
          notificationId: r.id,
          ok: false,
          error: LEASE_EXPIRED,
          durationMs: 0,
          createdAt: tx.now,
        })),
      );
    }
    return rows.map((r) => ({ ...r, status: r.status === "failed" ? ("failed" as const) : ("pending" as const) }));
  });
}

/**
 * Hands a claim back unsent (the provider asked us to wait): pending again from `until`, the
 * attempt not counted. Key and stored mail stay, so the next claim sends the same request.
 */
export async function releaseClaim(ctx: Ctx, owner: string, until: Date, reason: string): Promise<number> {
  const rows = await ctx.db
    .update(notifications)
    .set({
      status: "pending",
      attempts: sql`greatest(${notifications.attempts} - 1, 0)`,
      lockedAt: null,
      leaseOwner: null,
      nextAttemptAt: until,
      lastError: reason,
      updatedAt: ctx.now,
    })
    .where(and(eq(notifications.leaseOwner, owner), eq(notifications.status, "sending")))
    .returning({ id: notifications.id });
  return rows.length;
}
