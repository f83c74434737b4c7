import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoiceReminders } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { generateInvoices } from "@/lib/finance/generate-invoices";
import { invoiceRemindersJob } from "@/lib/finance/reminders-job";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency, makeLaunch, makeUser } from "./fixtures";

// PostgreSQL server only: two job instances on two connections at the same moment.
let db: TestDb;
let employee: Actor;
const ISSUED = new Date("2027-03-01T00:00:00Z");
const LATE = new Date("2027-04-15T00:00:00Z");

beforeAll(async () => {
  db = await createTestDb({ poolSize: 20 });
  employee = await makeUser(db.ctx(), "employee");
});
afterAll(async () => {
  await db?.destroy();
});

const jobCtx = (now: Date) => ({ ...db.ctx(null, now), origin: "cron:invoice-reminders" as const });

describe("invoice reminders with two instances at once", () => {
  it("marks each invoice overdue once and sends one reminder per invoice per 7 days", async () => {
    const base = db.ctx(null, ISSUED);
    const a = await makeAgency(base);
    for (let i = 0; i < 8; i++)
      await makeLaunch(base, a, "aborted", `2027-02-${String(i + 1).padStart(2, "0")}T00:00:00Z`);
    const { created } = await generateInvoices(db.ctx(employee, ISSUED));
    expect(created).toHaveLength(8);

    const runs = await Promise.all([
      invoiceRemindersJob(jobCtx(LATE)),
      invoiceRemindersJob(jobCtx(LATE)),
      invoiceRemindersJob(jobCtx(LATE)),
    ]);
    expect(runs.reduce((s, r) => s + Number(r.markedOverdue), 0)).toBe(8);
    expect(runs.reduce((s, r) => s + Number(r.remindersSent), 0)).toBe(8);
    const history = await db.db.execute(
      sql`select invoice_id from invoice_status_history where to_status = 'overdue' group by invoice_id having count(*) > 1`,
    );
    expect((history as unknown as { rows: unknown[] }).rows).toEqual([]);

    const soon = new Date(LATE.getTime() + 3 * 86_400_000);
    const again = await Promise.all([invoiceRemindersJob(jobCtx(soon)), invoiceRemindersJob(jobCtx(soon))]);
    expect(again.map((r) => r.remindersSent)).toEqual([0, 0]);
    const week = new Date(LATE.getTime() + 7 * 86_400_000);
    const third = await Promise.all([invoiceRemindersJob(jobCtx(week)), invoiceRemindersJob(jobCtx(week))]);
    expect(third.reduce((s, r) => s + Number(r.remindersSent), 0)).toBe(8);
    expect(await db.db.$count(invoiceReminders)).toBe(16);
    const mails = await db.db.execute(
      sql`select count(*)::int as n from notifications where template = 'invoice_overdue'`,
    );
    expect((mails as unknown as { rows: { n: number }[] }).rows[0].n).toBe(16);
  });
});
