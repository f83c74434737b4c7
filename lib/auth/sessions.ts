import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { API_TOKEN_SECONDS, WEB_SESSION_SECONDS } from "./rules";

export async function createSession(
  ctx: Ctx,
  userId: string,
  kind: "web" | "api",
): Promise<{ id: string; expiresAt: Date }> {
  const seconds = kind === "web" ? WEB_SESSION_SECONDS : API_TOKEN_SECONDS;
  const expiresAt = new Date(ctx.now.getTime() + seconds * 1000);
  const [row] = await ctx.db.insert(sessions).values({ userId, kind, expiresAt }).returning({ id: sessions.id });
  return { id: row.id, expiresAt };
}

/** The user behind a live (not revoked, not expired) session, or null. */
export async function actorForSession(ctx: Ctx, sessionId: string): Promise<Actor | null> {
  const [row] = await ctx.db
    .select({ id: users.id, role: users.role, email: users.email, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    // A deactivated or deleted account has no live session, whatever its rows say.
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, ctx.now),
        isNull(users.disabledAt),
        isNull(users.deletedAt),
      ),
    )
    .limit(1);
  return row ? { ...row, sessionId } : null;
}

/** Revokes one session; true when it was live until now (false when already revoked or unknown). */
export async function revokeSession(ctx: Ctx, sessionId: string): Promise<boolean> {
  const revoked = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length > 0;
}

export async function revokeAllSessions(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
