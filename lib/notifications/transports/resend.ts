import "server-only";
import { createHash } from "node:crypto";
import { Resend } from "resend";
import type { Ctx } from "@/lib/context";
import { PROVIDER_BATCH_SIZE, PROVIDER_REQUESTS_PER_SECOND, parseRetryAfter } from "../rules";
import type { OutgoingMail, SendOutcome, Transport } from "./types";

interface ResendError {
  name?: string;
  message?: string;
  statusCode?: number | null;
}

/** A batch's idempotency key: derived from its notifications' keys, so re-sending the same group repeats the key. */
export function batchIdempotencyKey(mails: OutgoingMail[]): string {
  const digest = createHash("sha256")
    .update(mails.map((m) => m.idempotencyKey).join("\n"))
    .digest("hex");
  return `batch-${digest.slice(0, 48)}`;
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
  // 4xx other than 408/409/429 describe the mail itself (bad address, invalid from…).
  const permanent = status !== null && status >= 400 && status < 500 && status !== 408 && status !== 409;
  return { ok: false, error: message, rateLimited: false, permanent };
}

/** Resend, through its SDK: `emails.send` for one mail, `batch.send` for up to 100. */
export function resendTransport(opts: ResendTransportOptions): Transport {
  const client = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pace = pacer(opts.requestsPerSecond ?? PROVIDER_REQUESTS_PER_SECOND, sleep);
  const toEmail = (m: OutgoingMail) => ({
    from: m.from,
    to: [m.to],
    subject: m.subject,
    html: m.html,
    text: m.text,
    headers: { "X-Entity-Ref-ID": m.idempotencyKey },
  });

  return {
    name: "resend",
    maxBatchSize: PROVIDER_BATCH_SIZE,
    async sendBatch(ctx: Ctx, mails: OutgoingMail[]): Promise<SendOutcome[]> {
      if (mails.length === 0) return [];
      await pace();
      if (mails.length === 1) {
        const [mail] = mails;
        const { data, error, headers } = await client.emails.send(toEmail(mail), {
          idempotencyKey: mail.idempotencyKey,
        });
        return [data ? { ok: true, providerMessageId: data.id } : failure(error, headers, ctx.now)];
      }
      const { data, error, headers } = await client.batch.send(mails.map(toEmail), {
        idempotencyKey: batchIdempotencyKey(mails),
      });
      if (!data) return mails.map(() => failure(error, headers, ctx.now));
      const ids = data.data ?? [];
      return mails.map((_, i) => ({ ok: true as const, providerMessageId: ids[i]?.id ?? null }));
    },
  };
}
