import "server-only";
import type { OutgoingMail, SendOutcome, Transport } from "./types";

const REASON =
  "no mail transport: set RESEND_API_KEY (the built-in mailbox is for development; MAILBOX=on enables it in production)";

/** Production without RESEND_API_KEY and without MAILBOX=on: every mail fails visibly, nothing is stored. */
export function noTransport(): Transport {
  return {
    name: "none",
    maxBatchSize: 100,
    async sendBatch(_ctx, mails: OutgoingMail[]): Promise<SendOutcome[]> {
      return mails.map(() => ({ ok: false as const, error: REASON, rateLimited: false, permanent: true }));
    },
  };
}
