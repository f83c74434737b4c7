import "server-only";
import { randomUUID } from "node:crypto";
import { notifications, type NotificationQueue } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import type { NotificationPayloads, TemplateName } from "./payloads";
import { sealToken, TOKEN_SLOT } from "./sealed-token";

export interface EnqueueInput<T extends TemplateName> {
  template: T;
  to: string;
  payload: NotificationPayloads[T];
  recipientUserId?: string | null;
  queue?: NotificationQueue;
  /** Makes a retried caller idempotent too; defaults to a fresh key per row. */
  idempotencyKey?: string;
  /**
   * A single-use token for the mail's link: stored sealed, never in clear. The payload's
   * `path` names where it goes with TOKEN_SLOT.
   */
  token?: string;
}

/**
 * Writes a notification row into the outbox. Call it with the transaction of the change
 * that causes it, so the mail exists if and only if the change commits. Nothing is sent here.
 */
export async function enqueueNotification<T extends TemplateName>(ctx: Ctx, input: EnqueueInput<T>): Promise<string> {
  const path = (input.payload as { path?: unknown }).path;
  if (input.token !== undefined && !(typeof path === "string" && path.includes(TOKEN_SLOT))) {
    throw new Error(`A ${input.template} mail with a token needs ${TOKEN_SLOT} in its path`);
  }
  const [row] = await ctx.db
    .insert(notifications)
    .values({
      template: input.template,
      recipient: input.to.trim().toLowerCase(),
      recipientUserId: input.recipientUserId ?? null,
      queue: input.queue ?? "default",
      payload: input.payload as unknown as Record<string, unknown>,
      sealedToken: input.token === undefined ? null : sealToken(input.token, getEnv().AUTH_SECRET),
      idempotencyKey: input.idempotencyKey ?? `${input.template}:${randomUUID()}`,
      nextAttemptAt: ctx.now,
      createdAt: ctx.now,
    })
    .onConflictDoNothing({ target: notifications.idempotencyKey })
    .returning({ id: notifications.id });
  return row?.id ?? "";
}
