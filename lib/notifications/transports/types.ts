import type { Ctx } from "@/lib/context";

/** A rendered mail ready to hand to a transport. */
export interface OutgoingMail {
  notificationId: string;
  /** The notification's idempotency key: the provider drops a repeat of the same send. */
  idempotencyKey: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

export type SendOutcome =
  | { ok: true; providerMessageId: string | null }
  | {
      ok: false;
      error: string;
      /** The provider said 429: wait `retryAfterSeconds`, and do not count it as an attempt. */
      rateLimited: boolean;
      retryAfterSeconds?: number;
      /** The provider refused the mail itself (422…): retrying cannot help. */
      permanent: boolean;
    };

/**
 * Where mails go. `sendBatch` answers one outcome per mail, in order; a request that fails
 * as a whole answers that failure for every mail of it.
 */
export interface Transport {
  name: "resend" | "mailbox";
  /** Largest number of mails one request may carry. */
  maxBatchSize: number;
  sendBatch(ctx: Ctx, mails: OutgoingMail[]): Promise<SendOutcome[]>;
}
