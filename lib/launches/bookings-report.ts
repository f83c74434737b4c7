import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { bookings, bookingSeats, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { toCsv } from "@/lib/csv";
import { centsToDecimal } from "@/lib/money";
import { DomainError } from "@/lib/errors";
import { currentAgency } from "@/lib/agencies/current-agency";
import { findAgencyLaunch } from "./launch-queries";
import type { AgencyLaunchDto } from "./schemas";

export interface BookingsReportRow {
  reference: string;
  status: "confirmed" | "cancelled";
  travelerName: string;
  travelerEmail: string;
  taxId: string | null;
  passengers: string[];
  seats: number[];
  amountCents: number;
  refundCents: number;
}

export interface BookingsReport {
  launch: AgencyLaunchDto;
  rows: BookingsReportRow[];
  totals: {
    bookings: number;
    passengers: number;
    seats: number;
    amountCents: number;
    refundCents: number;
    revenueCents: number;
  };
}

/**
 * Who flew and what they paid, for a successful launch: every booking that was paid
 * (confirmed, or confirmed then cancelled with a refund). Revenue = paid − refunded.
 */
export async function bookingsReport(ctx: Ctx, launchId: string): Promise<BookingsReport> {
  const agency = await currentAgency(ctx);
  const launch = await findAgencyLaunch(ctx, agency.id, launchId);
  if (launch.status !== "successful") {
    throw new DomainError(
      "conflict",
      `The bookings report exists for successful launches only; this launch is ${launch.status}.`,
    );
  }
  const paid = await ctx.db
    .select({ b: bookings, travelerName: users.name, travelerEmail: users.email, taxId: users.taxId })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.travelerId))
    .where(
      and(
        eq(bookings.launchId, launch.id),
        inArray(bookings.status, ["confirmed", "cancelled"]),
        isNotNull(bookings.confirmedAt),
      ),
    )
    .orderBy(asc(bookings.confirmedAt), asc(bookings.reference));
  const seats = paid.length
    ? await ctx.db
        .select({
          bookingId: bookingSeats.bookingId,
          seat: bookingSeats.seatNumber,
          passenger: bookingSeats.passengerName,
        })
        .from(bookingSeats)
        .where(
          and(
            eq(bookingSeats.launchId, launch.id),
            inArray(
              bookingSeats.bookingId,
              paid.map((p) => p.b.id),
            ),
          ),
        )
        .orderBy(asc(bookingSeats.seatNumber))
    : [];
  const rows: BookingsReportRow[] = paid.map(({ b, travelerName, travelerEmail, taxId }) => {
    const mine = seats.filter((s) => s.bookingId === b.id);
    return {
      reference: b.reference,
      status: b.status as "confirmed" | "cancelled",
      travelerName,
      travelerEmail,
      taxId,
      passengers: mine.map((s) => s.passenger),
      seats: mine.map((s) => s.seat),
      amountCents: b.amountCents,
      refundCents: b.refundCents ?? 0,
    };
  });
  const amountCents = rows.reduce((sum, r) => sum + r.amountCents, 0);
  const refundCents = rows.reduce((sum, r) => sum + r.refundCents, 0);
  return {
    launch,
    rows,
    totals: {
      bookings: rows.length,
      passengers: rows.reduce((sum, r) => sum + r.passengers.length, 0),
      seats: rows.reduce((sum, r) => sum + r.seats.length, 0),
      amountCents,
      refundCents,
      revenueCents: amountCents - refundCents,
    },
  };
}

/**
 * The report as CSV (RFC 4180 quoting by csv-stringify; text that a spreadsheet would run
 * as a formula is neutralised by toCsv). UTF-8 with a byte-order mark:
 * traveler names carry accents (Luna Express flies from Spain) and Excel reads a
 * BOM-less file as the local ANSI code page; other CSV readers skip the BOM.
 * Money in cents (exact) and in USD (for people); a last TOTAL row sums them.
 */
export function bookingsReportCsv(report: BookingsReport): string {
  const header = [
    "reference",
    "status",
    "traveler_name",
    "traveler_email",
    "tax_id",
    "passengers",
    "seats",
    "amount_cents",
    "refund_cents",
    "net_cents",
    "amount_usd",
    "refund_usd",
    "net_usd",
  ];
  const body = report.rows.map((r) => [
    r.reference,
    r.status,
    r.travelerName,
    r.travelerEmail,
    r.taxId ?? "",
    r.passengers.join("; "),
    r.seats.join(" "),
    r.amountCents,
    r.refundCents,
    r.amountCents - r.refundCents,
    centsToDecimal(r.amountCents),
    centsToDecimal(r.refundCents),
    centsToDecimal(r.amountCents - r.refundCents),
  ]);
  const t = report.totals;
  const total = [
    "TOTAL",
    "",
    "",
    "",
    "",
    String(t.passengers),
    String(t.seats),
    t.amountCents,
    t.refundCents,
    t.revenueCents,
    centsToDecimal(t.amountCents),
    centsToDecimal(t.refundCents),
    centsToDecimal(t.revenueCents),
  ];
  return toCsv([header, ...body, total], { bom: true, record_delimiter: "\r\n" });
}

export function bookingsReportFilename(report: BookingsReport): string {
  return `bookings-${report.launch.slug}.csv`;
}
