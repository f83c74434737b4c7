import "server-only";
import { randomUUID } from "node:crypto";
import { notifications, type NotificationQueue } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { NotificationPayloads, TemplateName } from "./payloads";

export interface EnqueueInput<T extends TemplateName> {
  template: T;
  to: string;
  payload: NotificationPayloads[T];
  recipientUserId?: string | null;
  queue?: NotificationQueue;
  /** Makes a retried caller idempotent too; defaults to a fresh key per row. */
  idempotencyKey?: string;
}

/**
 * Writes a notification row into the outbox. Call it with the transaction of the change
 * that causes it, so the mail exists if and only if the change commits. Nothing is sent here.
 */
export async function enqueueNotification<T extends TemplateName>(ctx: Ctx, input: EnqueueInput<T>): Promise<string> {
  const [row] = await ctx.db
    .insert(notifications)
    .values({
      template: input.template,
      recipient: input.to.trim().toLowerCase(),
      recipientUserId: input.recipientUserId ?? null,
      queue: input.queue ?? "default",
      payload: input.payload as unknown as Record<string, unknown>,
      idempotencyKey: input.idempotencyKey ?? `${input.template}:${randomUUID()}`,
      nextAttemptAt: ctx.now,
      createdAt: ctx.now,
    })
    .onConflictDoNothing({ target: notifications.idempotencyKey })
    .returning({ id: notifications.id });
  return row?.id ?? "";
}
