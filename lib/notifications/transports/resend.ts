import "server-only";
import { Resend } from "resend";
import type { Ctx } from "@/lib/context";
import { IN_FLIGHT_RETRY_SECONDS, PROVIDER_BATCH_SIZE, PROVIDER_REQUESTS_PER_SECOND, parseRetryAfter } from "../rules";
import type { OutgoingMail, SendOutcome, Transport } from "./types";

interface ResendError {
  name?: string;
  message?: string;
  statusCode?: number | null;
}

/** Spaces requests so this process stays within the provider's requests-per-second limit. */
function pacer(requestsPerSecond: number, sleep: (ms: number) => Promise<void>) {
  const gapMs = requestsPerSecond > 0 ? 1000 / requestsPerSecond : 0;
  let nextAt = 0;
  return async () => {
    const now = performance.now();
    const wait = nextAt - now;
    nextAt = Math.max(now, nextAt) + gapMs;
    if (wait > 0) await sleep(wait);
  };
}

export interface ResendTransportOptions {
  apiKey: string;
  /** RESEND_BASE_URL: a local stub in tests and the bench. The SDK reads it too; passed explicitly for clarity. */
  baseUrl?: string;
  requestsPerSecond?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** What a refused request means for its mails. */
function failure(
  error: ResendError | null | undefined,
  headers: Record<string, string> | null | undefined,
  now: Date,
): SendOutcome {
  const status = error?.statusCode ?? null;
  const message = `${status ?? "network"} ${error?.name ?? "error"}: ${error?.message ?? "no answer"}`;
  if (status === 429) {
    return {
      ok: false,
      error: message,
      rateLimited: true,
      retryAfterSeconds: parseRetryAfter(headers?.["retry-after"], now) ?? 1,
      permanent: false,
    };
  }
  // Resend keeps a key for 24 h once it has sent under it. The same key with another body
  // means the mails of this key already went out (our resends repeat the stored request, so
  // only a request that lost members can differ): recording them sent is the truth, and
  // retrying would only burn attempts until the mail is wrongly marked failed.
  if (status === 409 && error?.name === "invalid_idempotent_request") {
    return { ok: true, providerMessageId: null, note: `already sent under this idempotency key (${message})` };
  }
  // The same request is still being processed (another dispatcher sending it): not an attempt.
  if (status === 409 && error?.name === "concurrent_idempotent_requests") {
    return {
      ok: false,
      error: message,
      rateLimited: false,
      inFlight: true,
      retryAfterSeconds: IN_FLIGHT_RETRY_SECONDS,
      permanent: false,
    };
  }
  // 4xx other than 408/409/429 describe the mail itself (bad address, invalid from…).
  const permanent = status !== null && status >= 400 && status < 500 && status !== 408 && status !== 409;
  return { ok: false, error: message, rateLimited: false, permanent };
}

/** Resend, through its SDK: `emails.send` for one mail, `batch.send` for up to 100. */
export function resendTransport(opts: ResendTransportOptions): Transport {
  const client = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pace = pacer(opts.requestsPerSecond ?? PROVIDER_REQUESTS_PER_SECOND, sleep);
  // The wire form of a stored mail. Header names sorted: the stored copy is jsonb (which
  // reorders keys), and a resend must be byte-identical to the first request.
  const toEmail = (m: OutgoingMail) => ({
    from: m.from,
    to: [m.to],
    subject: m.subject,
    html: m.html,
    text: m.text,
    headers: Object.fromEntries(Object.entries(m.headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  });

  return {
    name: "resend",
    maxBatchSize: PROVIDER_BATCH_SIZE,
    async sendBatch(ctx: Ctx, mails: OutgoingMail[], key: string): Promise<SendOutcome[]> {
      if (mails.length === 0) return [];
      await pace();
      // One mail under its own key goes to /emails; a group's key always to /emails/batch,
      // even when only one of its mails is left, so a resend hits the endpoint that keeps the key.
      if (mails.length === 1 && key === mails[0].idempotencyKey) {
        const [mail] = mails;
        const { data, error, headers } = await client.emails.send(toEmail(mail), { idempotencyKey: key });
        return [data ? { ok: true, providerMessageId: data.id } : failure(error, headers, ctx.now)];
      }
      const { data, error, headers } = await client.batch.send(mails.map(toEmail), { idempotencyKey: key });
      if (!data) return mails.map(() => failure(error, headers, ctx.now));
      const ids = data.data ?? [];
      return mails.map((_, i) => ({ ok: true as const, providerMessageId: ids[i]?.id ?? null }));
    },
  };
}
