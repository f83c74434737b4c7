import "server-only";
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { invoicePayments, invoices, launches } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { generateInvoices } from "@/lib/finance/generate-invoices";
import { recordPayment } from "@/lib/finance/invoice-settlement";
import { DEMO_USERS, type DemoUserKey } from "./users";

const DAY = 86_400_000;

/**
 * Invoices for the seeded past successful and aborted launches, through the finance
 * service (so numbers, snapshots and outbox mails are real), each issued the day after
 * its launch so the reports have months to show; then one partial payment. Idempotent:
 * invoiced launches are skipped, and the payment is added only while no invoice has one.
 * Runs after the agency and booking seeds (the revenue comes from their payments).
 */
export async function seedFinance(ctx: Ctx, userIds: Record<DemoUserKey, string>): Promise<void> {
  const employee: Actor = {
    id: userIds.employee,
    role: "employee",
    email: DEMO_USERS.employee.email,
    name: DEMO_USERS.employee.name,
  };
  const pending = await ctx.db
    .select({ id: launches.id, date: launches.date })
    .from(launches)
    .where(
      and(
        inArray(launches.status, ["successful", "aborted"]),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(invoices)
            .where(eq(invoices.launchId, launches.id)),
        ),
      ),
    )
    .orderBy(asc(launches.date));
  for (const launch of pending) {
    const issuedAt = new Date(Math.min(launch.date.getTime() + DAY, ctx.now.getTime()));
    await generateInvoices({ ...ctx, actor: employee, now: issuedAt }, { launchId: launch.id });
  }

  const [anyPayment] = await ctx.db.select({ id: invoicePayments.id }).from(invoicePayments).limit(1);
  if (anyPayment) return;
  const [first] = await ctx.db.select().from(invoices).orderBy(asc(invoices.issuedAt)).limit(1);
  if (!first || first.totalCents < 2) return;
  await recordPayment({ ...ctx, actor: employee }, first.id, {
    amountCents: Math.floor(first.totalCents / 2),
    paidAt: new Date(Math.min(first.issuedAt.getTime() + 5 * DAY, ctx.now.getTime())),
    reference: "DEMO-WIRE-0001",
  });
}
