import "server-only";
import { mailbox } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { redactToken } from "../sealed-token";
import type { OutgoingMail, SendOutcome, Transport } from "./types";

/**
 * The built-in development transport (no RESEND_API_KEY; in production only with MAILBOX=on):
 * the rendered mail is stored in the `mailbox` table, where IT employees read it
 * (/it/mailbox, GET /api/v1/it/mailbox).
 */
export function mailboxTransport(): Transport {
  return {
    name: "mailbox",
    maxBatchSize: 100,
    async sendBatch(ctx: Ctx, mails: OutgoingMail[]): Promise<SendOutcome[]> {
      if (mails.length === 0) return [];
      try {
        const rows = await ctx.db
          .insert(mailbox)
          .values(
            mails.map((m) => ({
              notificationId: m.notificationId,
              to: m.to,
              from: m.from,
              subject: m.subject,
              // The copy keeps the link's token sealed only: whoever reads the mailbox sees it redacted.
              html: redactToken(m.html, m.token ?? ""),
              text: redactToken(m.text, m.token ?? ""),
              headers: m.headers ?? null,
              sealedToken: m.token ? (m.sealedToken ?? null) : null,
              createdAt: ctx.now,
            })),
          )
          .returning({ id: mailbox.id });
        return rows.map((r) => ({ ok: true as const, providerMessageId: `mailbox:${r.id}` }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return mails.map(() => ({
          ok: false as const,
          error: `mailbox: ${message}`,
          rateLimited: false,
          permanent: false,
        }));
      }
    },
  };
}
