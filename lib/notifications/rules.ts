// Delivery rules of the notification pipeline: attempts, backoff, stuck rows, batch sizes,
// provider limits and the thresholds of the service status verdict. Pure: no I/O.

/** A send is tried at most this many times, then the row is `failed`. */
export const MAX_ATTEMPTS = 5;
/** Delay after the first failed attempt; doubles with each further failure. */
export const BACKOFF_BASE_SECONDS = 30;
/** No single wait longer than this, whatever the attempt or Retry-After says. */
export const BACKOFF_MAX_SECONDS = 60 * 60;
/**
 * A dispatcher holds the rows it is sending under a lease of this many seconds, renewed
 * while it works; a row whose lease ran out (its dispatcher died) returns to `pending`, so a
 * crash delays mail by at most this long (stricter than the 5-minute stuck rule it replaces).
 */
export const LEASE_SECONDS = 30;
/** A live dispatcher renews its lease this often: three heartbeats per lease. */
export const LEASE_RENEW_SECONDS = 10;
/** A request already in flight elsewhere under the same key: ask again once its lease could have run out. */
export const IN_FLIGHT_RETRY_SECONDS = LEASE_SECONDS;

/** Resend's batch endpoint takes at most 100 mails per request. */
export const PROVIDER_BATCH_SIZE = 100;
/** Resend's default rate limit: 2 requests a second per team. */
export const PROVIDER_REQUESTS_PER_SECOND = 2;
/** The provider's ceiling in mails a second: the bench baseline. */
export const PROVIDER_MAILS_PER_SECOND = PROVIDER_BATCH_SIZE * PROVIDER_REQUESTS_PER_SECOND;
/**
 * Rows one dispatcher run sends at most. The job runs every 3 s, and at 2 requests/s a run
 * of 6 batches of 100 fits in those 3 s. A run claims one batch at a time, just before
 * sending it, so another instance can take the rest meanwhile.
 */
export const CLAIM_LIMIT = 600;
/** How long dispatcher_runs rows are kept (the status page reads the last day). */
export const DISPATCHER_RUNS_KEEP_DAYS = 7;

/**
 * Seconds to wait before the next try after `attempts` counted attempts have failed:
 * 30 s, 60 s, 120 s, 240 s… capped at an hour. A provider's Retry-After wins when longer.
 */
export function backoffSeconds(attempts: number, retryAfterSeconds?: number | null): number {
  const n = Math.max(1, Math.floor(attempts));
  const exponential = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** (n - 1));
  const providerWait =
    retryAfterSeconds && retryAfterSeconds > 0 ? Math.min(BACKOFF_MAX_SECONDS, Math.ceil(retryAfterSeconds)) : 0;
  return Math.max(exponential, providerWait);
}

/** After a failed send: try again later, or give up once the attempt limit is reached. */
export function afterFailure(attempts: number): "retry" | "failed" {
  return attempts >= MAX_ATTEMPTS ? "failed" : "retry";
}

/** Rows in `sending` whose last heartbeat is older than this instant have lost their lease. */
export function leaseExpiredBefore(now: Date): Date {
  return new Date(now.getTime() - LEASE_SECONDS * 1000);
}

/** Retry-After is seconds or an HTTP date; anything else means "no advice". */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Math.ceil(Number(trimmed)));
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Splits rows into consecutive chunks of at most `size` (order kept: vip first). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const s = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += s) out.push(items.slice(i, i + s));
  return out;
}

// ---------------------------------------------------------------------------------------
// Service status: the verdict and its thresholds, shown on the page as they are.

export type Verdict = "ok" | "degraded" | "down";

export interface VerdictThresholds {
  /** Share of failed attempts in the last hour. */
  failureRate: number;
  /**
   * Share of failed attempts in the last 24 hours, or null when the day alone never decides
   * this level: a bad day degrades the service, but "down" is for what is failing now.
   */
  failureRate24h: number | null;
  /** Age in seconds of the oldest due pending notification. */
  lagSeconds: number;
  /** Seconds since the dispatcher last ran (only while work is waiting). */
  dispatcherSilentSeconds: number;
}

export const STATUS_THRESHOLDS: Record<"degraded" | "down", VerdictThresholds> = {
  degraded: { failureRate: 0.1, failureRate24h: 0.1, lagSeconds: 120, dispatcherSilentSeconds: 60 },
  down: { failureRate: 0.5, failureRate24h: null, lagSeconds: 900, dispatcherSilentSeconds: 300 },
};
/** Below this many attempts in the hour, the failure rate says too little to judge. */
export const MIN_ATTEMPTS_FOR_RATE = 5;
/** How often the status page asks for fresh numbers. */
export const STATUS_POLL_SECONDS = 3;

export interface VerdictInput {
  providerConfigured: boolean;
  attemptsLastHour: number;
  failedAttemptsLastHour: number;
  attemptsLast24h: number;
  failedAttemptsLast24h: number;
  /** Null when nothing is waiting. */
  oldestPendingAgeSeconds: number | null;
  /** Null when the dispatcher has never run. */
  secondsSinceLastRun: number | null;
  pendingCount: number;
}

export function failureRate(attempts: number, failed: number): number {
  return attempts > 0 ? failed / attempts : 0;
}

function breaches(input: VerdictInput, t: VerdictThresholds): string[] {
  const reasons: string[] = [];
  if (input.attemptsLastHour >= MIN_ATTEMPTS_FOR_RATE) {
    const rate = failureRate(input.attemptsLastHour, input.failedAttemptsLastHour);
    if (rate >= t.failureRate)
      reasons.push(`failure rate ${(rate * 100).toFixed(0)}% ≥ ${(t.failureRate * 100).toFixed(0)}%`);
  }
  if (t.failureRate24h !== null && input.attemptsLast24h >= MIN_ATTEMPTS_FOR_RATE) {
    const rate = failureRate(input.attemptsLast24h, input.failedAttemptsLast24h);
    if (rate >= t.failureRate24h)
      reasons.push(`24-hour failure rate ${(rate * 100).toFixed(1)}% ≥ ${(t.failureRate24h * 100).toFixed(0)}%`);
  }
  if (input.oldestPendingAgeSeconds !== null && input.oldestPendingAgeSeconds >= t.lagSeconds) {
    reasons.push(`oldest pending ${Math.round(input.oldestPendingAgeSeconds)} s ≥ ${t.lagSeconds} s`);
  }
  if (input.pendingCount > 0) {
    const silent = input.secondsSinceLastRun;
    if (silent === null || silent >= t.dispatcherSilentSeconds) {
      reasons.push(
        silent === null
          ? "the dispatcher has never run"
          : `no dispatcher run for ${Math.round(silent)} s ≥ ${t.dispatcherSilentSeconds} s`,
      );
    }
  }
  return reasons;
}

/** ok / degraded / down with the reasons that decided it. */
export function computeVerdict(
  input: VerdictInput,
  thresholds = STATUS_THRESHOLDS,
): { verdict: Verdict; reasons: string[] } {
  if (!input.providerConfigured) return { verdict: "down", reasons: ["the email provider is not configured"] };
  const down = breaches(input, thresholds.down);
  if (down.length) return { verdict: "down", reasons: down };
  const degraded = breaches(input, thresholds.degraded);
  if (degraded.length) return { verdict: "degraded", reasons: degraded };
  return { verdict: "ok", reasons: [] };
}

// ---------------------------------------------------------------------------------------
// Manual changes by IT employees (PATCH only from pending or failed).

export const MANUAL_TARGETS = ["sent", "deleted"] as const;
export type ManualTarget = (typeof MANUAL_TARGETS)[number];
export const MANUAL_FROM = ["pending", "failed"] as const;

export function canChangeManually(from: string): boolean {
  return (MANUAL_FROM as readonly string[]).includes(from);
}
