import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeLog, invoices, notifications } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { generateInvoices } from "@/lib/finance/generate-invoices";
import { issueCreditNote, recordPayment, setInvoiceStatus } from "@/lib/finance/invoice-settlement";
import {
  getAgencyInvoice,
  getInvoice,
  listAgencyInvoices,
  listInvoices,
  listUninvoicedLaunches,
} from "@/lib/finance/invoice-queries";
import { invoiceRemindersJob } from "@/lib/finance/reminders-job";
import { agencyRevenueReport, annualReport } from "@/lib/finance/reports";
import { listInvoicesQuery } from "@/lib/finance/schemas";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency, makeBooking, makeLaunch, makeUser } from "./fixtures";

let db: TestDb;
let employee: Actor;
let traveler: Actor;
const NOW = new Date("2026-03-10T12:00:00Z");
const at = (d: string) => new Date(d);
const q = (extra: Record<string, unknown> = {}) => listInvoicesQuery.parse(extra);

beforeAll(async () => {
  db = await createTestDb();
  const ctx = db.ctx(null, NOW);
  employee = await makeUser(ctx, "employee");
  traveler = await makeUser(ctx, "traveler");
});
afterAll(async () => {
  await db?.destroy();
});

describe("invoice generation", () => {
  it("bills a new agency 1 %, a reliable one 0.8 % (2 earlier successes), an abort 100,000; never a failed launch; idempotent", async () => {
    const base = db.ctx(null, NOW);
    const a = await makeAgency(base, "Reliable Rockets");
    const l1 = await makeLaunch(base, a, "successful", "2026-01-05T10:00:00Z");
    const l2 = await makeLaunch(base, a, "successful", "2026-01-20T10:00:00Z");
    const l3 = await makeLaunch(base, a, "successful", "2026-02-10T10:00:00Z");
    const ab = await makeLaunch(base, a, "aborted", "2026-02-20T10:00:00Z", "Weather");
    const failed = await makeLaunch(base, a, "failed", "2026-02-25T10:00:00Z");
    await makeLaunch(base, a, "scheduled", "2026-06-01T10:00:00Z");
    await makeBooking(base, l1.id, traveler.id, 1_000_050); // 1 % → 10,000.50 → 10,001 (half-up)
    await makeBooking(base, l2.id, traveler.id, 200_000, 50_000); // net 150,000 → 1,500
    await makeBooking(base, l3.id, traveler.id, 1_250_063); // reliable 0.8 % → 10,000.504 → 10,001

    const ctx = db.ctx(employee, NOW);
    expect((await listUninvoicedLaunches(ctx)).map((l) => l.id).sort()).toEqual([l1.id, l2.id, l3.id, ab.id].sort());
    const result = await generateInvoices(ctx);
    const byLaunch = new Map(result.created.map((i) => [i.launchId, i]));
    expect(byLaunch.get(l1.id)).toMatchObject({
      kind: "success_fee",
      revenueCents: 1_000_050,
      feeRate: 0.01,
      totalCents: 10_001,
      reliability: "new",
      status: "issued",
    });
    expect(byLaunch.get(l2.id)).toMatchObject({ revenueCents: 150_000, totalCents: 1_500, reliability: "new" });
    expect(byLaunch.get(l3.id)).toMatchObject({
      revenueCents: 1_250_063,
      feeRate: 0.008,
      totalCents: 10_001,
      reliability: "reliable",
    });
    expect(byLaunch.get(ab.id)).toMatchObject({ kind: "abort_fee", totalCents: 100_000, abortReason: "Weather" });
    expect(byLaunch.has(failed.id)).toBe(false);
    expect(result.skipped).toContainEqual(expect.objectContaining({ launchId: failed.id, reason: "failed_launch" }));
    expect(byLaunch.get(l1.id)!.dueAt).toBe("2026-04-09T12:00:00.000Z");
    const numbers = result.created.map((i) => i.number);
    expect(numbers).toEqual(["INV-2026-00001", "INV-2026-00002", "INV-2026-00003", "INV-2026-00004"]);

    const again = await generateInvoices(ctx);
    expect(again.created).toEqual([]);
    expect(await listUninvoicedLaunches(ctx)).toEqual([]);
    const one = await generateInvoices(ctx, { launchId: l1.id });
    expect(one.skipped).toEqual([expect.objectContaining({ reason: "already_invoiced" })]);

    const mails = await db.db.select().from(notifications).where(eq(notifications.template, "invoice_issued"));
    expect(mails).toHaveLength(4);
    expect(mails[0].recipient).toBe(a.agency.contactEmail);

    const detail = await getInvoice(ctx, byLaunch.get(l1.id)!.id);
    expect(detail.snapshot.agency.name).toBe("Reliable Rockets");
    expect(detail.snapshot.passengers).toHaveLength(1);
    expect(detail.history).toEqual([expect.objectContaining({ from: null, to: "issued" })]);
  });

  it("refuses travelers and agencies", async () => {
    const agencyUser = await makeUser(db.ctx(), "agency");
    await expect(generateInvoices(db.ctx(traveler, NOW))).rejects.toMatchObject({ code: "forbidden" });
    await expect(listInvoices(db.ctx(agencyUser, NOW), q())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("an issued invoice is immutable in the database", async () => {
    const [inv] = await db.db.select().from(invoices).limit(1);
    await expect(db.db.update(invoices).set({ totalCents: 1 }).where(eq(invoices.id, inv.id))).rejects.toThrow();
    await expect(
      db.db
        .update(invoices)
        .set({ snapshot: { ...inv.snapshot, passengers: [] } })
        .where(eq(invoices.id, inv.id)),
    ).rejects.toThrow();
    await expect(db.db.delete(invoices).where(eq(invoices.id, inv.id))).rejects.toThrow();
    const [still] = await db.db.select().from(invoices).where(eq(invoices.id, inv.id));
    expect(still.totalCents).toBe(inv.totalCents);
  });
});

describe("payments, statuses, credit notes, reminders", () => {
  it("status follows the payments, a hand-set status is kept in the history, credit notes reduce the balance", async () => {
    const ctx = db.ctx(employee, NOW);
    const list = await listInvoices(ctx, q({ kind: "abort_fee" }));
    const inv = list.items[0];
    const p1 = await recordPayment(ctx, inv.id, {
      amountCents: 40_000,
      paidAt: at("2026-03-09T00:00:00Z"),
      reference: "WIRE-1",
    });
    expect(p1.invoice).toMatchObject({ status: "partially_paid", paidCents: 40_000, balanceCents: 60_000 });
    await expect(issueCreditNote(ctx, inv.id, { amountCents: 100_001, reason: "Too much" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    const cn = await issueCreditNote(ctx, inv.id, { amountCents: 10_000, reason: "Goodwill" });
    expect(cn.number).toBe("CN-2026-00001");
    const p2 = await recordPayment(ctx, inv.id, {
      amountCents: 50_000,
      paidAt: at("2026-03-10T00:00:00Z"),
      reference: "WIRE-2",
    });
    expect(p2.invoice).toMatchObject({ status: "paid", balanceCents: 0, creditedCents: 10_000 });
    await setInvoiceStatus(ctx, inv.id, { status: "overdue", reason: "Bank reversed WIRE-2" });
    const detail = await getInvoice(ctx, inv.id);
    expect(detail.status).toBe("overdue");
    expect(detail.history.map((h) => h.to)).toEqual(["issued", "partially_paid", "paid", "overdue"]);
    expect(detail.history[3].reason).toContain("Bank reversed");
    expect(detail.creditNotes).toHaveLength(1);
    await expect(
      recordPayment(ctx, inv.id, { amountCents: 1, paidAt: at("2027-01-01T00:00:00Z"), reference: "X" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(getInvoice(ctx, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });

  it("marks overdue and reminds at most once per 7 days", async () => {
    const later = at("2026-04-20T00:00:00Z"); // past every due date (issue 2026-03-10 + 30 d)
    const job = db.ctx(null, later);
    const run1 = await invoiceRemindersJob({ ...job, origin: "cron:invoice-reminders" });
    expect(run1.markedOverdue).toBeGreaterThan(0);
    expect(run1.remindersSent).toBeGreaterThan(0);
    const run2 = await invoiceRemindersJob({
      ...db.ctx(null, at("2026-04-26T23:59:59Z")),
      origin: "cron:invoice-reminders",
    });
    expect(run2).toEqual({ markedOverdue: 0, remindersSent: 0 });
    const run3 = await invoiceRemindersJob({
      ...db.ctx(null, at("2026-04-27T00:00:00Z")),
      origin: "cron:invoice-reminders",
    });
    expect(run3.remindersSent).toBe(run1.remindersSent);
    const mails = await db.db.select().from(notifications).where(eq(notifications.template, "invoice_overdue"));
    expect(mails).toHaveLength(Number(run1.remindersSent) * 2);
  });

  it("records invoices, payments and credit notes in the change log, with who made each change", async () => {
    const rows = await db.db
      .select()
      .from(changeLog)
      .where(inArray(changeLog.tableName, ["invoices", "invoice_payments", "credit_notes"]))
      .orderBy(changeLog.id);
    expect(new Set(rows.map((r) => r.tableName))).toEqual(new Set(["invoices", "invoice_payments", "credit_notes"]));
    // The two wire transfers and the goodwill credit of the payments test, each one insert by the employee.
    const payments = rows.filter((r) => r.tableName === "invoice_payments");
    expect(payments.map((r) => [r.op, r.actorId, r.data?.reference])).toEqual([
      ["insert", employee.id, "WIRE-1"],
      ["insert", employee.id, "WIRE-2"],
    ]);
    const credits = rows.filter((r) => r.tableName === "credit_notes");
    expect(credits.map((r) => [r.op, r.actorId, r.data?.number])).toEqual([["insert", employee.id, "CN-2026-00001"]]);
    // Generated invoices are inserts; payments and the hand-set status update them.
    const invoiceOps = new Set(rows.filter((r) => r.tableName === "invoices").map((r) => r.op));
    expect(invoiceOps).toEqual(new Set(["insert", "update"]));
  });
});

describe("lists, agency view and reports", () => {
  it("lists with filters, search, sort and totals of the filter", async () => {
    const ctx = db.ctx(employee, NOW);
    const all = await listInvoices(ctx, q({ sort: "number", order: "asc", pageSize: 2 }));
    expect(all.total).toBe(4);
    expect(all.items.map((i) => i.number)).toEqual(["INV-2026-00001", "INV-2026-00002"]);
    expect(all.totals.totalCents).toBe(10_001 + 1_500 + 10_001 + 100_000);
    const search = await listInvoices(ctx, q({ q: "00003" }));
    expect(search.items.map((i) => i.number)).toEqual(["INV-2026-00003"]);
    expect((await listInvoices(ctx, q({ year: 2025 }))).total).toBe(0);
  });

  it("an agency sees only its own invoices", async () => {
    const base = db.ctx(null, NOW);
    const other = await makeAgency(base, "Other Agency");
    const [inv] = (await listInvoices(db.ctx(employee, NOW), q())).items;
    const otherActor: Actor = other.owner;
    const mine = await listAgencyInvoices(db.ctx(otherActor, NOW), { page: 1, pageSize: 20 });
    expect(mine.total).toBe(0);
    await expect(getAgencyInvoice(db.ctx(otherActor, NOW), inv.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("reconciles: revenue on invoices = payments − refunds; annual totals = Σ months = Σ agencies = Σ invoices", async () => {
    const ctx = db.ctx(employee, NOW);
    const invs = await db.db.select().from(invoices);
    for (const inv of invs.filter((i) => i.kind === "success_fee")) {
      const r = await db.db.execute(
        sql`select coalesce(sum(case when p.kind='charge' then p.amount_cents else -p.amount_cents end),0)::bigint as net from payments p join bookings b on b.id=p.booking_id where b.launch_id=${inv.launchId} and p.status='succeeded'`,
      );
      expect(Number((r as unknown as { rows: { net: string }[] }).rows[0].net)).toBe(inv.revenueCents);
    }
    const report = await annualReport(ctx, 2026);
    const sum = (xs: { actualCents: number }[]) => xs.reduce((s, x) => s + x.actualCents, 0);
    expect(sum(report.byMonth)).toBe(report.actualCents);
    expect(sum(report.byAgency)).toBe(report.actualCents);
    const invoiced = invs.reduce((s, i) => s + i.totalCents - i.creditedCents, 0);
    const paid = invs.reduce((s, i) => s + i.paidCents, 0);
    expect(report.invoicedCents).toBe(invoiced);
    expect(report.actualCents).toBe(paid);
    expect(report.pendingCents).toBe(invoiced - paid);
    expect(report.creditedCents).toBe(10_000);
    expect(report.byMonth[2].invoicedCents).toBe(invoiced); // all issued in March
    const empty = await annualReport(ctx, 2031);
    expect(empty.empty).toBe(true);
  });

  it("projects scheduled launches at the agency's current rate and reports an agency's period", async () => {
    const base = db.ctx(null, NOW);
    const [agency] = (await annualReport(db.ctx(employee, NOW), 2026)).byAgency;
    const future = await db.db.execute(
      sql`select id from launches where status = 'scheduled' and agency_id = ${agency.agencyId}`,
    );
    const launchId = (future as unknown as { rows: { id: string }[] }).rows[0].id;
    await makeBooking(base, launchId, traveler.id, 1_000_000);
    const report = await annualReport(db.ctx(employee, NOW), 2026);
    expect(report.projectedCents).toBe(8_000); // 3 successful launches → reliable 0.8 %
    expect(report.byMonth[5].projectedCents).toBe(8_000);

    const ar = await agencyRevenueReport(db.ctx(employee, NOW), agency.agencyId, "quarter", at("2026-02-15T00:00:00Z"));
    expect(ar.label).toBe("2026-Q1");
    expect(ar.launchesByStatus).toMatchObject({ successful: 3, aborted: 1, failed: 1 });
    expect(ar.ticketRevenueCents).toBe(1_000_050 + 150_000 + 1_250_063);
    expect(ar.reliability).toBe("reliable");
    expect(ar.series).toHaveLength(6);
    expect(ar.feesInvoicedCents + ar.creditedCents).toBe(121_502);
    expect(ar.previousDate).toBe("2025-10-01");
  });
});
