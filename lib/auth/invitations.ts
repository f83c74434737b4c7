import "server-only";
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { invitations, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import { invitationExpiry, normalizeEmail } from "./rules";
import type { InvitationView } from "./schemas";
import { hashEmailToken, newEmailToken } from "./tokens";
import { findUserByEmail } from "./users";
import { requireRole } from "./require-role";

export type InvitationRole = "employee" | "it";
export type InvitationRow = typeof invitations.$inferSelect;

/**
 * An IT employee invites someone as employee or IT employee: an invitation row (token
 * hashed, valid 7 days) and the `invitation` mail, in one transaction.
 */
export async function createInvitation(
  ctx: Ctx,
  input: { email: string; role: InvitationRole },
): Promise<InvitationView> {
  const actor = requireRole(ctx, ["it"]);
  const email = normalizeEmail(input.email);
  return withTransaction(ctx, async (tx) => {
    if (await findUserByEmail(tx, email)) {
      throw new DomainError("email_taken", "An account with this email already exists.", {
        email: ["This email is already registered."],
      });
    }
    const { token, hash } = newEmailToken();
    const [row] = await tx.db
      .insert(invitations)
      .values({
        email,
        role: input.role,
        tokenHash: hash,
        invitedBy: actor.id,
        expiresAt: invitationExpiry(tx.now),
        createdAt: tx.now,
      })
      .returning();
    await enqueueNotification(tx, {
      template: "invitation",
      to: email,
      payload: { role: input.role, invitedBy: actor.name, path: `/invitation/${TOKEN_SLOT}` },
      token,
    });
    await logEvent(tx, { event: "auth.invitation", details: { invitationId: row.id, email, role: input.role } });
    return toView(row, actor.name, tx.now);
  });
}

export function invitationStatus(
  row: Pick<InvitationRow, "acceptedAt" | "expiresAt" | "revokedAt">,
  now: Date,
): InvitationView["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

function toView(row: InvitationRow, invitedBy: string | null, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role as InvitationRole,
    status: invitationStatus(row, now),
    invitedBy,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every invitation, newest first, paginated (IT only). */
export async function listInvitations(
  ctx: Ctx,
  query: { page: number; pageSize: number },
): Promise<{ items: InvitationView[]; total: number; page: number; pageSize: number }> {
  requireRole(ctx, ["it"]);
  const inviter = alias(users, "inviter");
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ invitation: invitations, invitedBy: inviter.name })
      .from(invitations)
      .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(invitations),
  ]);
  return {
    items: rows.map((r) => toView(r.invitation, r.invitedBy, ctx.now)),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The open invitation behind a link (for the registration page), or null when unusable. */
export async function findOpenInvitation(
  ctx: Ctx,
  token: string,
): Promise<{ email: string; role: InvitationRole; expiresAt: Date } | null> {
  const [row] = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, hashEmailToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, ctx.now),
      ),
    )
    .limit(1);
  return row ? { email: row.email, role: row.role as InvitationRole, expiresAt: row.expiresAt } : null;
}

/**
 * Claims an invitation inside the caller's transaction: it must exist, be unused and
 * unexpired (and be for `email` when one is given). Marks it accepted.
 */
export async function acceptInvitation(
  tx: Ctx,
  token: string,
  email?: string,
): Promise<{ email: string; role: InvitationRole; id: string }> {
  const unusable =
    "This invitation is not valid any more: it was used, has expired, or the link is incomplete. Ask an IT employee for a new one.";
  const [row] = await tx.db
    .update(invitations)
    .set({ acceptedAt: tx.now })
    .where(
      and(
        eq(invitations.tokenHash, hashEmailToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, tx.now),
      ),
    )
    .returning();
  if (!row) throw new DomainError("validation_failed", unusable, { invitationToken: [unusable] });
  if (email !== undefined && normalizeEmail(email) !== row.email) {
    const message = "This invitation was sent to another email address.";
    throw new DomainError("validation_failed", message, { email: [message] });
  }
  return { email: row.email, role: row.role as InvitationRole, id: row.id };
}
