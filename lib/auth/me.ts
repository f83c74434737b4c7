import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { isVip } from "@/lib/bookings/vip";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import type { Me } from "./schemas";

/** The signed-in user as GET /api/v1/me shows it; `vip` is derived (travelers only). */
export async function getMe(ctx: Ctx): Promise<Me> {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  const [user] = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, ctx.actor.id))
    .limit(1);
  if (!user) throw new DomainError("unauthorized", "Sign in first.");
  const vip = user.role === "traveler" ? await isVip(ctx, user.id) : false;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    vip,
  };
}

/** Whether the user still has to confirm the address (for the banner). */
export async function isEmailUnverified(ctx: Ctx, userId: string): Promise<boolean> {
  const [user] = await ctx.db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(user) && user.at === null;
}
