import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export interface NotificationPreferences {
  vipAlerts: boolean;
}

function requireTraveler(ctx: Ctx) {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (ctx.actor.role !== "traveler") throw new DomainError("forbidden", "Only travelers receive VIP alerts.");
  return ctx.actor;
}

export async function getPreferences(ctx: Ctx): Promise<NotificationPreferences> {
  const actor = requireTraveler(ctx);
  const [row] = await ctx.db.select({ vipAlerts: users.vipAlerts }).from(users).where(eq(users.id, actor.id));
  return { vipAlerts: row?.vipAlerts ?? false };
}

/** VIP new-launch alerts on or off; transactional mails cannot be turned off. */
export async function setPreferences(ctx: Ctx, input: NotificationPreferences): Promise<NotificationPreferences> {
  const actor = requireTraveler(ctx);
  await ctx.db.update(users).set({ vipAlerts: input.vipAlerts, updatedAt: ctx.now }).where(eq(users.id, actor.id));
  await logEvent(ctx, { event: "account.preferences_changed", details: { userId: actor.id, ...input } });
  return input;
}

/** RFC 8058 one-click unsubscribe: the mail's signed token turns VIP alerts off, no sign-in. */
export async function unsubscribeVipAlerts(ctx: Ctx, token: string): Promise<void> {
  const userId = verifyUnsubscribeToken(token, getEnv().AUTH_SECRET);
  const invalid = "This unsubscribe link is not valid. Turn the alerts off from your account page instead.";
  if (!userId) throw new DomainError("token_invalid", invalid);
  const updated = await ctx.db
    .update(users)
    .set({ vipAlerts: false, updatedAt: ctx.now })
    .where(and(eq(users.id, userId), eq(users.role, "traveler")))
    .returning({ id: users.id });
  if (!updated.length) throw new DomainError("token_invalid", invalid);
  await logEvent(ctx, { event: "account.vip_alerts_unsubscribed", details: { userId } });
}
