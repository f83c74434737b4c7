import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";

/** Whether the user still has to confirm the address (for the banner). */
export async function isEmailUnverified(ctx: Ctx, userId: string): Promise<boolean> {
  const [user] = await ctx.db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(user) && user.at === null;
}
