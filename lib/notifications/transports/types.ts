import type { StoredMail } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** A rendered mail ready to hand to a transport: exactly what was stored before its first attempt. */
export interface OutgoingMail extends StoredMail {
  notificationId: string;
  /** The notification's own idempotency key (also its X-Entity-Ref-ID header). */
  idempotencyKey: string;
  /** The single-use token in the mail's link, so that a stored copy can leave it out. */
  token?: string;
  /** The same token sealed, for the built-in mailbox's copy. */
  sealedToken?: string | null;
}

export type SendOutcome =
  | {
      ok: true;
      providerMessageId: string | null;
      /** Set when the provider reported the mail as sent earlier (a resend it recognised). */
      note?: string;
    }
  | {
      ok: false;
      error: string;
      /** The provider said 429: wait `retryAfterSeconds`, and do not count it as an attempt. */
      rateLimited: boolean;
      retryAfterSeconds?: number;
      /** The provider refused the mail itself (422…): retrying cannot help. */
      permanent: boolean;
      /** The same request is in flight elsewhere (another dispatcher): not an attempt, ask again later. */
      inFlight?: boolean;
    };

/**
 * Where mails go. `sendBatch` answers one outcome per mail, in order; a request that fails
 * as a whole answers that failure for every mail of it. `key` is the request's idempotency
 * key: the same for every resend of the same mails, so the provider never mails twice.
 */
export interface Transport {
  name: "resend" | "mailbox" | "none";
  /** Largest number of mails one request may carry. */
  maxBatchSize: number;
  sendBatch(ctx: Ctx, mails: OutgoingMail[], key: string): Promise<SendOutcome[]>;
}
