import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { mailbox } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import type { MailboxQuery, MailView } from "./schemas";
import { requireRole } from "@/lib/auth/require-role";

function toView(row: typeof mailbox.$inferSelect): MailView {
  return {
    id: row.id,
    notificationId: row.notificationId,
    to: row.to,
    from: row.from,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headers: row.headers ?? {},
    sealedToken: row.sealedToken,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Mails stored by the built-in transport, newest first; `to` matches the address exactly. */
export async function listMailbox(
  ctx: Ctx,
  query: MailboxQuery,
): Promise<{ items: MailView[]; total: number; page: number; pageSize: number }> {
  requireRole(ctx, ["it"]);
  const where = query.to ? eq(mailbox.to, query.to.toLowerCase()) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(mailbox)
      .where(where)
      .orderBy(desc(mailbox.createdAt), desc(mailbox.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(mailbox).where(where),
  ]);
  return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
}

export async function getMail(ctx: Ctx, id: string): Promise<MailView> {
  requireRole(ctx, ["it"]);
  const [row] = /^[0-9a-f-]{36}$/i.test(id)
    ? await ctx.db.select().from(mailbox).where(eq(mailbox.id, id)).limit(1)
    : [];
  if (!row) throw new DomainError("not_found", "There is no such mail.");
  return toView(row);
}
