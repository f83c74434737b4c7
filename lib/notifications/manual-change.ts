import "server-only";
import { eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { toNotificationView } from "./queue-queries";
import { canChangeManually, MANUAL_FROM } from "./rules";
import type { ChangeNotificationInput, NotificationView } from "./schemas";
import { requireRole } from "@/lib/auth/require-role";

/**
 * An IT employee marks a pending or failed notification as sent (it went out another way)
 * or deletes it (soft: the row stays, with status `deleted`). The row is locked, so a
 * dispatcher claiming it at the same moment either wins first or never sees it pending.
 */
export async function changeNotificationStatus(
  ctx: Ctx,
  id: string,
  input: ChangeNotificationInput,
): Promise<NotificationView> {
  const actor = requireRole(ctx, ["it"]);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError("not_found", "There is no such notification.");
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(notifications).where(eq(notifications.id, id)).for("update").limit(1);
    if (!row) throw new DomainError("not_found", "There is no such notification.");
    if (!canChangeManually(row.status)) {
      throw new DomainError(
        "invalid_transition",
        `A ${row.status} notification cannot be marked ${input.status}; only ${MANUAL_FROM.join(" or ")} ones can.`,
      );
    }
    // Marked sent by hand: no sentAt, so the status page counts only real deliveries.
    const [updated] = await tx.db
      .update(notifications)
      // Either way the mail will not be sent by us: its sealed token goes.
      .set({ status: input.status, lockedAt: null, sealedToken: null, updatedAt: tx.now })
      .where(eq(notifications.id, id))
      .returning();
    await logEvent(tx, {
      level: "info",
      event: input.status === "deleted" ? "notification.deleted" : "notification.marked_sent",
      message: `${actor.email} changed notification ${id} from ${row.status} to ${input.status}`,
      details: {
        notificationId: id,
        from: row.status,
        to: input.status,
        template: row.template,
        recipient: row.recipient,
        by: actor.email,
      },
    });
    return toNotificationView(updated);
  });
}
