import "server-only";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { agencies, invoiceReminders, invoices } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { balanceCents, reminderCutoff } from "./rules";

const BATCH = 200;

/**
 * Marks invoices overdue once their due date has passed with a balance (recording the
 * change in their history). One statement: the rows are locked and re-checked, so a
 * second instance running at the same moment finds nothing left to mark.
 */
async function markOverdue(ctx: Ctx): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const result = await tx.db.execute(sql`
      with due as (
        select id, status from invoices
        where status in ('issued', 'partially_paid') and due_at < ${tx.now.toISOString()}
          and total_cents - credited_cents - paid_cents > 0
        for update
      ), changed as (
        update invoices i set status = 'overdue', updated_at = ${tx.now.toISOString()}
        from due where i.id = due.id and i.status = due.status
        returning i.id, due.status as from_status
      )
      insert into invoice_status_history (invoice_id, from_status, to_status, changed_by, changed_at, reason)
      select id, from_status, 'overdue', null, ${tx.now.toISOString()}, 'Due date passed with a balance'
      from changed
      returning invoice_id`);
    return rowsOf(result).length;
  });
}

/**
 * Sends one reminder for an overdue invoice, unless one went out in the last 7 days.
 * The conditional update of last_reminded_at is the guard: under the row lock, a second
 * instance re-evaluates the condition after the first commits and updates nothing.
 */
async function remindOne(ctx: Ctx, invoiceId: string): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(invoices)
      .set({ lastRemindedAt: tx.now })
      .where(
        and(
          eq(invoices.id, invoiceId),
          eq(invoices.status, "overdue"),
          sql`${invoices.totalCents} - ${invoices.creditedCents} - ${invoices.paidCents} > 0`,
          or(isNull(invoices.lastRemindedAt), lte(invoices.lastRemindedAt, reminderCutoff(tx.now))),
        ),
      )
      .returning();
    if (!claimed) return false;
    const [agency] = await tx.db.select().from(agencies).where(eq(agencies.id, claimed.agencyId));
    const balance = balanceCents(claimed);
    const notificationId = await enqueueNotification(tx, {
      template: "invoice_overdue",
      to: agency.contactEmail,
      recipientUserId: agency.userId,
      payload: {
        agencyName: agency.name,
        number: claimed.number,
        totalCents: claimed.totalCents,
        balanceCents: balance,
        dueAt: claimed.dueAt.toISOString(),
        path: `/agency/invoices/${claimed.id}`,
      },
      idempotencyKey: `invoice_overdue:${claimed.id}:${tx.now.toISOString()}`,
    });
    await tx.db.insert(invoiceReminders).values({
      invoiceId: claimed.id,
      sentAt: tx.now,
      recipient: agency.contactEmail,
      balanceCents: balance,
      notificationId: notificationId || null,
    });
    return true;
  });
}

/** The `invoice-reminders` job: mark overdue, then remind each overdue invoice at most once per 7 days. */
export async function invoiceRemindersJob(ctx: Ctx): Promise<Record<string, unknown>> {
  const markedOverdue = await markOverdue(ctx);
  const candidates = await ctx.db
    .select({ id: invoices.id })
    .from(invoices)
    .where(
      and(
        eq(invoices.status, "overdue"),
        sql`${invoices.totalCents} - ${invoices.creditedCents} - ${invoices.paidCents} > 0`,
        or(isNull(invoices.lastRemindedAt), lte(invoices.lastRemindedAt, reminderCutoff(ctx.now))),
      ),
    )
    .orderBy(invoices.dueAt)
    .limit(BATCH);
  let remindersSent = 0;
  for (const c of candidates) if (await remindOne(ctx, c.id)) remindersSent++;
  return { markedOverdue, remindersSent };
}
