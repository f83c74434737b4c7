import "server-only";
import { and, count, desc, eq, ilike, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { invitations, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import type { UserAdminView, UserListQuery, UserStatus } from "./account-schemas";
import { revokeAllSessions } from "./sessions";

function requireIt(ctx: Ctx) {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (ctx.actor.role !== "it") throw new DomainError("forbidden", "Only IT employees may manage users.");
  return ctx.actor;
}

type UserRow = Pick<
  typeof users.$inferSelect,
  "id" | "email" | "name" | "role" | "disabledAt" | "deletedAt" | "createdAt"
>;

export function userStatus(row: Pick<UserRow, "disabledAt" | "deletedAt">): UserStatus {
  if (row.deletedAt) return "deleted";
  return row.disabledAt ? "disabled" : "active";
}

function toView(row: UserRow): UserAdminView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: userStatus(row),
    createdAt: row.createdAt.toISOString(),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const STATUS_WHERE: Record<UserStatus, SQL> = {
  active: and(isNull(users.disabledAt), isNull(users.deletedAt))!,
  disabled: and(isNotNull(users.disabledAt), isNull(users.deletedAt))!,
  deleted: isNotNull(users.deletedAt),
};
const COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
  createdAt: users.createdAt,
};

/** Users found by part of their email or name, role and status; newest first (IT only). */
export async function listUsers(
  ctx: Ctx,
  query: UserListQuery,
): Promise<{ items: UserAdminView[]; total: number; page: number; pageSize: number }> {
  requireIt(ctx);
  const where: SQL[] = [];
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    where.push(or(ilike(users.email, like), ilike(users.name, like))!);
  }
  if (query.role) where.push(eq(users.role, query.role));
  if (query.status) where.push(STATUS_WHERE[query.status]);
  const filter = where.length ? and(...where) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(COLUMNS)
      .from(users)
      .where(filter)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(users).where(filter),
  ]);
  return { items: rows.map(toView), total: Number(total), page: query.page, pageSize: query.pageSize };
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Deactivates an account (sign-in refused, every session revoked at once) or reactivates
 * it; logged with the IT employee who did it. An IT employee cannot lock himself out, and
 * a deleted account stays as it is.
 */
export async function setUserDisabled(ctx: Ctx, userId: string, disabled: boolean): Promise<UserAdminView> {
  const actor = requireIt(ctx);
  if (!isUuid(userId)) throw new DomainError("not_found", "There is no such user.");
  if (disabled && userId === actor.id) throw new DomainError("conflict", "You cannot deactivate your own account.");
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select(COLUMNS).from(users).where(eq(users.id, userId)).limit(1).for("update");
    if (!row) throw new DomainError("not_found", "There is no such user.");
    if (row.deletedAt) throw new DomainError("conflict", "This account was deleted by its owner.");
    if (Boolean(row.disabledAt) === disabled) return toView(row);
    const [updated] = await tx.db
      .update(users)
      .set({ disabledAt: disabled ? tx.now : null, updatedAt: tx.now })
      .where(eq(users.id, userId))
      .returning(COLUMNS);
    if (disabled) await revokeAllSessions(tx, userId);
    await logEvent(tx, {
      event: disabled ? "auth.user_deactivated" : "auth.user_reactivated",
      message: `${actor.email} ${disabled ? "deactivated" : "reactivated"} ${row.email}`,
      details: { userId, email: row.email, by: actor.email },
    });
    return toView(updated);
  });
}

/** Revokes a pending invitation (IT only): its link stops working at once. */
export async function revokeInvitation(ctx: Ctx, invitationId: string): Promise<void> {
  const actor = requireIt(ctx);
  if (!isUuid(invitationId)) throw new DomainError("not_found", "There is no such invitation.");
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(invitations).where(eq(invitations.id, invitationId)).limit(1).for("update");
    if (!row) throw new DomainError("not_found", "There is no such invitation.");
    if (row.acceptedAt) throw new DomainError("conflict", "This invitation has already been used.");
    if (row.revokedAt) return;
    await tx.db.update(invitations).set({ revokedAt: tx.now }).where(eq(invitations.id, invitationId));
    await logEvent(tx, {
      event: "auth.invitation_revoked",
      message: `${actor.email} revoked the invitation of ${row.email}`,
      details: { invitationId, email: row.email, by: actor.email },
    });
  });
}
