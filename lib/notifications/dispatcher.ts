import "server-only";
import { lt, sql } from "drizzle-orm";
import { dispatcherRuns, type StoredMail } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { claimBatch, keepLease, LEASE_EXPIRED, recoverExpired, releaseClaim, type Claim, type Claimed } from "./lease";
import type { NotificationPayloads, TemplateName } from "./payloads";
import { logFailures, record, type Tally } from "./record";
import { CLAIM_LIMIT, DISPATCHER_RUNS_KEEP_DAYS } from "./rules";
import { unsealPayload } from "./sealed-payload";
import { openToken, redactToken, TOKEN_SLOT } from "./sealed-token";
import { isTemplateName, renderNotification } from "./templates";
import type { OutgoingMail, SendOutcome, Transport } from "./transports/types";

export interface DispatchOptions {
  transport: Transport;
  appUrl: string;
  from: string;
  /** Rows this run sends at most (default CLAIM_LIMIT), one request of up to the transport's batch size at a time. */
  limit?: number;
  /** The secret sealed tokens are opened with (default AUTH_SECRET). */
  tokenSecret?: string;
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

/** Instants inside a run: the context's clock plus the time elapsed, so tests control the base. */
function clockFrom(ctx: Ctx) {
  const t0 = performance.now();
  return {
    elapsedMs: () => Math.round(performance.now() - t0),
    at: (extraSeconds = 0) => new Date(ctx.now.getTime() + (performance.now() - t0) + extraSeconds * 1000),
  };
}

/**
 * The mail to send for each claimed row: the copy stored before its first attempt, or, the
 * first time, a fresh render that is stored (with the lease still held) before anything is
 * sent. A row whose template cannot render comes back in `broken`.
 */
async function mailsFor(
  ctx: Ctx,
  claim: Claim,
  opts: DispatchOptions,
): Promise<{ ready: { row: Claimed; mail: OutgoingMail }[]; broken: { row: Claimed; error: string }[] }> {
  const ready: { row: Claimed; mail: OutgoingMail }[] = [];
  const broken: { row: Claimed; error: string }[] = [];
  const fresh: { id: string; stored: StoredMail }[] = [];
  for (const row of claim.rows) {
    let stored = row.rendered;
    if (!stored) {
      try {
        stored = await render(row, opts);
        fresh.push({ id: row.id, stored });
      } catch (error) {
        // A template that cannot render fails its row without costing a request.
        broken.push({ row, error: `render: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
    }
    ready.push({
      row,
      mail: { ...withToken(stored, row, opts), notificationId: row.id, idempotencyKey: row.idempotencyKey },
    });
  }
  if (fresh.length) {
    const values = sql.join(
      fresh.map((f) => sql`(${f.id}::uuid, ${JSON.stringify(f.stored)}::jsonb)`),
      sql`, `,
    );
    await ctx.db.execute(
      sql`update notifications set rendered = v.mail from (values ${values}) as v(id, mail) where notifications.id = v.id and notifications.lease_owner = ${claim.owner}::uuid`,
    );
  }
  return { ready, broken };
}

/**
 * Renders a row's mail to store. A link's single-use token is opened to render it, then
 * left out of the stored copy (its slot stays): the copy sits in the outbox until sent.
 */
async function render(row: Claimed, opts: DispatchOptions): Promise<StoredMail> {
  if (!isTemplateName(row.template)) throw new Error(`Unknown email template "${row.template}"`);
  const { payload, token } = unsealPayload(row, secretOf(opts));
  const rendered = await renderNotification(
    row.template as TemplateName,
    payload as unknown as NotificationPayloads[TemplateName],
    { appUrl: opts.appUrl },
  );
  return {
    from: opts.from,
    to: row.recipient,
    subject: rendered.subject,
    html: token ? redactToken(rendered.html, token) : rendered.html,
    text: token ? redactToken(rendered.text, token) : rendered.text,
    headers: { ...rendered.headers, "X-Entity-Ref-ID": row.idempotencyKey },
  };
}

const secretOf = (opts: DispatchOptions) => opts.tokenSecret ?? getEnv().AUTH_SECRET;

/** The stored mail with its link whole again, just before it is handed to the transport (the same bytes each time). */
function withToken(stored: StoredMail, row: Claimed, opts: DispatchOptions): StoredMail & Partial<OutgoingMail> {
  if (!row.sealedToken) return stored;
  const token = openToken(row.sealedToken, secretOf(opts));
  const fill = (text: string) => text.replaceAll(TOKEN_SLOT, encodeURIComponent(token));
  return { ...stored, html: fill(stored.html), text: fill(stored.text), token, sealedToken: row.sealedToken };
}

/** A claimed request whose mails are ready; its lease is renewed until it is recorded or released. */
interface Prepared {
  claim: Claim;
  ready: { row: Claimed; mail: OutgoingMail }[];
  stopLease: () => void;
}

type Clock = ReturnType<typeof clockFrom>;

/** Claims the next request and makes its mails ready; rows that cannot render are failed here. */
async function prepareNext(
  ctx: Ctx,
  opts: DispatchOptions,
  clock: Clock,
  size: number,
  tally: Tally,
): Promise<Prepared | null> {
  const claim = await claimBatch({ ...ctx, now: clock.at() }, size);
  if (!claim) return null;
  const stopLease = keepLease(ctx, claim.owner, () => clock.at());
  try {
    const { ready, broken } = await mailsFor(ctx, claim, opts);
    if (broken.length) {
      const outcomes: SendOutcome[] = broken.map((b) => ({
        ok: false,
        error: b.error,
        rateLimited: false,
        permanent: true,
      }));
      await record(
        ctx,
        claim.owner,
        broken.map((b) => b.row),
        outcomes,
        0,
        clock.at(),
        tally,
      );
    }
    return { claim, ready, stopLease };
  } catch (error) {
    stopLease();
    throw error;
  }
}

/** Sends a prepared request and records its outcome; answers until when the provider asked us to wait. */
async function deliver(ctx: Ctx, p: Prepared, opts: DispatchOptions, clock: Clock, tally: Tally): Promise<Date | null> {
  try {
    if (p.ready.length === 0) return null;
    const started = performance.now();
    let outcomes: SendOutcome[];
    try {
      outcomes = await opts.transport.sendBatch(
        ctx,
        p.ready.map((g) => g.mail),
        p.claim.key,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes = p.ready.map(() => ({ ok: false, error: message, rateLimited: false, permanent: false }));
    }
    const limited = outcomes.find((o) => !o.ok && o.rateLimited);
    const rateLimitedUntil = limited && !limited.ok ? clock.at(Math.max(1, limited.retryAfterSeconds ?? 1)) : null;
    await record(
      ctx,
      p.claim.owner,
      p.ready.map((g) => g.row),
      outcomes,
      Math.round(performance.now() - started),
      clock.at(),
      tally,
    );
    return rateLimitedUntil;
  } finally {
    p.stopLease();
  }
}

/**
 * One dispatcher run: return rows whose lease expired, then claim, send and record one
 * request at a time (up to the transport's batch size, `limit` rows in all) outside any
 * long transaction, and log the run in dispatcher_runs. Safe to run in several processes.
 */
export async function dispatchNotifications(ctx: Ctx, opts: DispatchOptions): Promise<DispatchResult> {
  const clock = clockFrom(ctx);
  const expired = await recoverExpired(ctx);
  const recovered = expired.length;
  await logFailures(
    ctx,
    expired
      .filter((r) => r.status === "failed")
      .map((r) => ({ id: r.id, template: r.template, attempts: r.attempts, lastError: LEASE_EXPIRED })),
  );
  const limit = opts.limit ?? CLAIM_LIMIT;
  const size = Math.max(1, Math.min(opts.transport.maxBatchSize, limit));
  const tally: Tally = { sent: 0, failed: 0, retried: 0 };
  let claimed = 0;
  let rateLimitedUntil: Date | null = null;

  // Rows are held only while their own request is on its way, so another instance takes the
  // rest meanwhile, and a crash strands at most that request's rows for one lease. The next
  // request is claimed and rendered while the current one is sent: rendering fills the gap
  // the provider's rate limit imposes between requests instead of adding to it.
  let upcoming: Promise<Prepared | null> = prepareNext(ctx, opts, clock, size, tally);
  try {
    for (;;) {
      const current = await upcoming;
      upcoming = Promise.resolve(null);
      if (!current) break;
      claimed += current.claim.rows.length;
      if (claimed < limit) upcoming = prepareNext(ctx, opts, clock, Math.min(size, limit - claimed), tally);
      rateLimitedUntil = await deliver(ctx, current, opts, clock, tally);
      if (rateLimitedUntil) break;
    }
  } finally {
    // A request prepared but not sent (the provider asked us to wait, or this run failed)
    // goes back at once, its attempt not counted, instead of waiting for its lease to expire.
    const left = await upcoming.catch(() => null);
    if (left) {
      left.stopLease();
      const back = await releaseClaim(
        { ...ctx, now: clock.at() },
        left.claim.owner,
        rateLimitedUntil ?? clock.at(),
        rateLimitedUntil ? "waiting for the provider's Retry-After" : "released unsent: the dispatcher run failed",
      );
      claimed += left.claim.rows.length;
      tally.retried += back;
    }
  }

  const result: DispatchResult = {
    claimed,
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
