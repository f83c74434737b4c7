import "server-only";
import { eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { requireRole } from "@/lib/auth/require-role";
import { toNotificationView } from "./queue-queries";
import type { NotificationView, RetryNotificationInput } from "./schemas";

/**
 * An IT employee sends a failed notification again: back to `pending`, due now, its attempts
 * kept (the history says how often it failed; one more failure ends it again). With a new
 * recipient (a typo in the address) it also gets a new idempotency key: it is another mail,
 * and the provider must not answer with the first address's result.
 */
export async function retryNotification(
  ctx: Ctx,
  id: string,
  input: RetryNotificationInput = {},
): Promise<NotificationView> {
  const actor = requireRole(ctx, ["it"]);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError("not_found", "There is no such notification.");
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(notifications).where(eq(notifications.id, id)).for("update").limit(1);
    if (!row) throw new DomainError("not_found", "There is no such notification.");
    if (row.status !== "failed")
      throw new DomainError(
        "invalid_transition",
        `Only a failed notification can be retried (this one is ${row.status}).`,
      );
    const recipient = input.recipient && input.recipient !== row.recipient ? input.recipient : null;
    const [updated] = await tx.db
      .update(notifications)
      .set({
        status: "pending",
        nextAttemptAt: tx.now,
        lockedAt: null,
        updatedAt: tx.now,
        // Another recipient is another request: a new key, rendered afresh. The same one keeps
        // its request key, so a mail the provider did take is recognised rather than sent twice.
        ...(recipient
          ? { recipient, idempotencyKey: `${row.idempotencyKey}:to:${recipient}`, sendKey: null, rendered: null }
          : {}),
      })
      .where(eq(notifications.id, id))
      .returning();
    await logEvent(tx, {
      event: "notification.retried",
      message: `${actor.email} sent notification ${id} again${recipient ? ` to ${recipient} (was ${row.recipient})` : ""}`,
      details: {
        notificationId: id,
        template: row.template,
        attempts: row.attempts,
        from: row.recipient,
        to: recipient,
      },
    });
    return toNotificationView(updated);
  });
}
