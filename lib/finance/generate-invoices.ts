import "server-only";
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { rowsOf } from "@/db/client";
import { agencies, invoiceStatusHistory, invoices, launches, rockets, type InvoiceSnapshot } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { assertFinanceOrSystem } from "./access";
import { nextDocumentSequence } from "./numbering";
import {
  ABORT_FEE_CENTS,
  documentYear,
  dueDate,
  feeRateBp,
  invoiceNumber,
  reliabilityFor,
  successFeeCents,
} from "./rules";
import { invoiceDto, type InvoiceDto } from "./serialize";

export type SkipReason = "already_invoiced" | "failed_launch" | "not_finished" | "not_found";
export interface Skipped {
  launchId: string;
  reason: SkipReason;
  detail: string;
}
export interface GenerateResult {
  created: InvoiceDto[];
  skipped: Skipped[];
}

/** Net revenue of a launch: succeeded charges − succeeded refunds of its bookings. */
export async function launchNetRevenueCents(ctx: Ctx, launchId: string): Promise<number> {
  const result = await ctx.db.execute(sql`
    select coalesce(sum(case when p.kind = 'charge' then p.amount_cents else -p.amount_cents end), 0)::bigint as net
    from payments p join bookings b on b.id = p.booking_id
    where b.launch_id = ${launchId} and p.status = 'succeeded'`);
  return Number(rowsOf<{ net: string | number }>(result)[0].net);
}

/** Successful launches of the agency that flew before this one. */
async function earlierSuccessfulLaunches(ctx: Ctx, agencyId: string, launchId: string, date: Date): Promise<number> {
  const result = await ctx.db.execute(sql`
    select count(*)::int as n from launches
    where agency_id = ${agencyId} and status = 'successful' and id <> ${launchId} and date < ${date.toISOString()}`);
  return Number(rowsOf<{ n: number }>(result)[0].n);
}

async function passengersOf(ctx: Ctx, launchId: string): Promise<InvoiceSnapshot["passengers"]> {
  const result = await ctx.db.execute(sql`
    select s.seat_number, s.passenger_name, b.reference from booking_seats s join bookings b on b.id = s.booking_id
    where b.launch_id = ${launchId} and b.status = 'confirmed' order by s.seat_number`);
  return rowsOf<{ seat_number: number; passenger_name: string; reference: string }>(result).map((r) => ({
    seatNumber: Number(r.seat_number),
    name: r.passenger_name,
    bookingReference: r.reference,
  }));
}

/**
 * Generates the invoice of one launch in its own transaction. The launch row is locked
 * first, so two concurrent generations of the same launch queue and the second one sees
 * the first's invoice; the unique index on launch_id backs this up.
 */
async function generateOne(ctx: Ctx, launchId: string): Promise<{ created?: InvoiceDto; skipped?: Skipped }> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ launch: launches, agency: agencies, rocketName: rockets.name })
      .from(launches)
      .innerJoin(agencies, eq(agencies.id, launches.agencyId))
      .innerJoin(rockets, eq(rockets.id, launches.rocketId))
      .where(eq(launches.id, launchId))
      .for("update", { of: launches });
    if (!row) return { skipped: { launchId, reason: "not_found", detail: "No such launch." } };
    const { launch, agency } = row;
    if (launch.status === "failed")
      return { skipped: { launchId, reason: "failed_launch", detail: "Failed launches are not invoiced." } };
    if (launch.status !== "successful" && launch.status !== "aborted") {
      return {
        skipped: {
          launchId,
          reason: "not_finished",
          detail: `The launch is ${launch.status}; only successful and aborted launches are invoiced.`,
        },
      };
    }
    const [existing] = await tx.db
      .select({ number: invoices.number })
      .from(invoices)
      .where(eq(invoices.launchId, launchId));
    if (existing)
      return { skipped: { launchId, reason: "already_invoiced", detail: `Already invoiced as ${existing.number}.` } };

    const earlier = await earlierSuccessfulLaunches(tx, agency.id, launch.id, launch.date);
    const reliability = reliabilityFor(earlier);
    const revenueCents = Math.max(0, await launchNetRevenueCents(tx, launch.id));
    const success = launch.status === "successful";
    const snapshot: InvoiceSnapshot = {
      agency: {
        id: agency.id,
        name: agency.name,
        contactEmail: agency.contactEmail,
        phone: agency.phone,
        address: agency.address,
        country: agency.country,
        taxId: agency.taxId,
      },
      launch: {
        id: launch.id,
        slug: launch.slug,
        date: launch.date.toISOString(),
        destination: launch.destination,
        spaceport: launch.spaceport,
        rocket: row.rocketName,
        status: launch.status,
        abortReason: launch.abortReason,
      },
      passengers: await passengersOf(tx, launch.id),
      earlierSuccessfulLaunches: earlier,
    };
    const issuedAt = tx.now;
    const year = documentYear(issuedAt);
    // Last step before the insert: the counter lock serializes the series, so hold it briefly.
    const sequence = await nextDocumentSequence(tx, "INV", year);
    const [invoice] = await tx.db
      .insert(invoices)
      .values({
        number: invoiceNumber(year, sequence),
        year,
        sequence,
        kind: success ? "success_fee" : "abort_fee",
        agencyId: agency.id,
        launchId: launch.id,
        revenueCents: success ? revenueCents : 0,
        feeRateBp: success ? feeRateBp(reliability) : null,
        reliability,
        totalCents: success ? successFeeCents(revenueCents, reliability) : ABORT_FEE_CENTS,
        status: "issued",
        issuedAt,
        dueAt: dueDate(issuedAt),
        snapshot,
        abortReason: success ? null : launch.abortReason,
      })
      .returning();
    await tx.db.insert(invoiceStatusHistory).values({
      invoiceId: invoice.id,
      fromStatus: null,
      toStatus: "issued",
      changedBy: tx.actor?.id ?? null,
      changedAt: issuedAt,
      reason: "Invoice generated",
    });
    await enqueueNotification(tx, {
      template: "invoice_issued",
      to: agency.contactEmail,
      recipientUserId: agency.userId,
      payload: {
        agencyName: agency.name,
        number: invoice.number,
        totalCents: invoice.totalCents,
        dueAt: invoice.dueAt.toISOString(),
        path: `/agency/invoices/${invoice.id}`,
      },
      idempotencyKey: `invoice_issued:${invoice.id}`,
    });
    return { created: invoiceDto(invoice) };
  });
}

/**
 * Generates the invoice of one launch, or of every successful or aborted launch that has
 * none yet. Idempotent: a second run creates nothing and says why for each launch.
 */
export async function generateInvoices(ctx: Ctx, input: { launchId?: string } = {}): Promise<GenerateResult> {
  assertFinanceOrSystem(ctx);
  const result: GenerateResult = { created: [], skipped: [] };
  let ids: string[];
  if (input.launchId) {
    ids = [input.launchId];
  } else {
    const candidates = await ctx.db
      .select({ id: launches.id, status: launches.status })
      .from(launches)
      .where(
        and(
          inArray(launches.status, ["successful", "aborted", "failed"]),
          notExists(
            ctx.db
              .select({ one: sql`1` })
              .from(invoices)
              .where(eq(invoices.launchId, launches.id)),
          ),
        ),
      )
      .orderBy(asc(launches.date), asc(launches.id));
    for (const c of candidates.filter((c) => c.status === "failed")) {
      result.skipped.push({ launchId: c.id, reason: "failed_launch", detail: "Failed launches are not invoiced." });
    }
    ids = candidates.filter((c) => c.status !== "failed").map((c) => c.id);
  }
  for (const launchId of ids) {
    try {
      const one = await generateOne(ctx, launchId);
      if (one.created) result.created.push(one.created);
      if (one.skipped) result.skipped.push(one.skipped);
    } catch (error) {
      // A concurrent generation won the race between our check and insert: the constraint held.
      if (!isUniqueViolation(error)) throw error;
      result.skipped.push({ launchId, reason: "already_invoiced", detail: "Invoiced by a concurrent generation." });
    }
  }
  if (input.launchId && result.skipped[0]?.reason === "not_found")
    throw new DomainError("not_found", "No such launch.");
  if (result.created.length) {
    await logEvent(ctx, {
      event: "finance.invoices_generated",
      message: `${result.created.length} invoice(s) generated`,
      details: { numbers: result.created.map((i) => i.number), skipped: result.skipped.length },
    });
  }
  return result;
}
