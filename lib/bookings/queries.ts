import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  agencies,
  bookings,
  bookingSeats,
  launches,
  payments,
  rockets,
  type BookingStatus,
  type Destination,
  type LaunchStatus,
} from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { getLaunchDetail, type LaunchDetail, type Paged } from "@/lib/catalogue/queries";
import { launchTitle } from "@/lib/launches/rules";
import { cancellationError, isLiveAt, refundQuote, type RefundQuote } from "./rules";
import { assertUuid } from "@/lib/validation";
import { requireRole } from "@/lib/auth/require-role";

export interface Passenger {
  seat: number;
  name: string;
  email: string;
  dateOfBirth: string;
}

/** The booking as the API shows it (plus a launch summary for lists). */
export interface BookingView {
  id: string;
  reference: string;
  launchId: string;
  status: BookingStatus;
  seats: number[];
  passengers: Passenger[];
  amountCents: number;
  refundCents?: number;
  refundPercent?: number;
  expiresAt?: string;
  confirmedAt?: string;
  cancelledAt?: string;
  refundTermsAcceptedAt?: string;
  /** A refund the provider has not accepted yet (retried with backoff): the booking shows it as on its way. */
  pendingRefund?: { amountCents: number; attempts: number; nextAttemptAt?: string; lastError?: string };
  createdAt: string;
  launch: {
    id: string;
    slug: string;
    title: string;
    date: string;
    status: LaunchStatus;
    destination: Destination;
    spaceport: string;
  };
}

type BookingRow = typeof bookings.$inferSelect;

/** A hold past its expiry reads as expired, even before the expire-holds job has run. */
export function effectiveStatus(b: Pick<BookingRow, "status" | "expiresAt">, now: Date): BookingStatus {
  return b.status === "held" && !isLiveAt(b.status, b.expiresAt, now) ? "expired" : b.status;
}

function pendingRefundOf(rows: (typeof payments.$inferSelect)[]): Pick<BookingView, "pendingRefund"> {
  const row = rows.find((r) => r.reason === "cancellation") ?? rows[0];
  if (!row) return {};
  return {
    pendingRefund: {
      amountCents: row.amountCents,
      attempts: row.attempts,
      ...(row.nextAttemptAt ? { nextAttemptAt: new Date(row.nextAttemptAt).toISOString() } : {}),
      ...(row.lastError ? { lastError: row.lastError } : {}),
    },
  };
}

/** API views of booking rows (seats, passengers and a launch summary), in the rows' order. */
export async function viewsOf(ctx: Ctx, rows: BookingRow[]): Promise<BookingView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const launchIds = [...new Set(rows.map((r) => r.launchId))];
  const [seats, launchRows, pending] = await Promise.all([
    ctx.db
      .select()
      .from(bookingSeats)
      .where(inArray(bookingSeats.bookingId, ids))
      .orderBy(asc(bookingSeats.seatNumber)),
    ctx.db
      .select({
        id: launches.id,
        slug: launches.slug,
        date: launches.date,
        status: launches.status,
        destination: launches.destination,
        spaceport: launches.spaceport,
        rocketName: rockets.name,
      })
      .from(launches)
      .innerJoin(rockets, eq(rockets.id, launches.rocketId))
      .where(inArray(launches.id, launchIds)),
    ctx.db
      .select()
      .from(payments)
      .where(and(inArray(payments.bookingId, ids), eq(payments.kind, "refund"), eq(payments.status, "pending"))),
  ]);
  const launchById = new Map(launchRows.map((l) => [l.id, l]));
  return rows.map((b) => {
    const own = seats.filter((s) => s.bookingId === b.id);
    const l = launchById.get(b.launchId)!;
    const status = effectiveStatus(b, ctx.now);
    return {
      id: b.id,
      reference: b.reference,
      launchId: b.launchId,
      status,
      seats: own.map((s) => s.seatNumber),
      passengers: own.map((s) => ({
        seat: s.seatNumber,
        name: s.passengerName,
        email: s.passengerEmail,
        dateOfBirth: s.passengerDateOfBirth ?? "",
      })),
      amountCents: b.amountCents,
      ...(b.refundCents !== null ? { refundCents: b.refundCents } : {}),
      ...(b.refundPercent !== null ? { refundPercent: b.refundPercent } : {}),
      ...(status === "held" && b.expiresAt ? { expiresAt: new Date(b.expiresAt).toISOString() } : {}),
      ...(b.confirmedAt ? { confirmedAt: new Date(b.confirmedAt).toISOString() } : {}),
      ...(b.cancelledAt ? { cancelledAt: new Date(b.cancelledAt).toISOString() } : {}),
      ...(b.refundTermsAcceptedAt ? { refundTermsAcceptedAt: new Date(b.refundTermsAcceptedAt).toISOString() } : {}),
      ...pendingRefundOf(pending.filter((p) => p.bookingId === b.id)),
      createdAt: new Date(b.createdAt).toISOString(),
      launch: {
        id: l.id,
        slug: l.slug,
        title: launchTitle({ destination: l.destination, rocketName: l.rocketName, spaceport: l.spaceport }),
        date: new Date(l.date).toISOString(),
        status: l.status,
        destination: l.destination,
        spaceport: l.spaceport,
      },
    };
  });
}

/** The traveler's own booking row, or 404 (another traveler's booking does not exist for him). */
export async function ownBookingRow(ctx: Ctx, bookingId: string): Promise<BookingRow> {
  const actor = requireRole(ctx, ["traveler"]);
  assertUuid(bookingId, "There is no such booking.");
  const [row] = await ctx.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.travelerId, actor.id)))
    .limit(1);
  if (!row) throw new DomainError("not_found", "There is no such booking.");
  return row;
}

export async function bookingView(ctx: Ctx, bookingId: string): Promise<BookingView> {
  const [view] = await viewsOf(ctx, [await ownBookingRow(ctx, bookingId)]);
  return view;
}

/** The traveler's bookings, newest first. */
export async function listMyBookings(ctx: Ctx, page: { page: number; pageSize: number }): Promise<Paged<BookingView>> {
  const actor = requireRole(ctx, ["traveler"]);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.travelerId, actor.id))
      .orderBy(desc(bookings.createdAt), desc(bookings.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(bookings)
      .where(eq(bookings.travelerId, actor.id)),
  ]);
  return { items: await viewsOf(ctx, rows), total: Number(total), page: page.page, pageSize: page.pageSize };
}

export interface BookingWithLaunch extends BookingView {
  launch: BookingView["launch"] &
    Pick<LaunchDetail, "statusHistory" | "rocket"> & {
      /** With its contact address: the traveler's contact for anything the product does not settle. */
      agency: LaunchDetail["agency"] & { contactEmail: string };
    };
  /** What cancelling now would refund, or why it cannot be cancelled. */
  cancellation: { allowed: true; quote: RefundQuote } | { allowed: false; reason: string };
}

/** One own booking with the launch's status history and the refund a cancellation would give now. */
export async function getMyBooking(ctx: Ctx, bookingId: string): Promise<BookingWithLaunch> {
  const view = await bookingView(ctx, bookingId);
  const detail = await getLaunchDetail(ctx, { id: view.launchId });
  if (!detail) throw new DomainError("not_found", "There is no such booking.");
  const [contact] = await ctx.db
    .select({ contactEmail: agencies.contactEmail })
    .from(agencies)
    .where(eq(agencies.id, detail.agency.id));
  // A running hold can always be released: nothing was paid, so nothing comes back.
  const held = view.status === "held";
  const reason = held
    ? null
    : cancellationError({
        bookingStatus: view.status,
        launchStatus: detail.status,
        launchDate: new Date(detail.date),
        now: ctx.now,
      });
  return {
    ...view,
    launch: {
      ...view.launch,
      statusHistory: detail.statusHistory,
      agency: { ...detail.agency, contactEmail: contact?.contactEmail ?? "" },
      rocket: detail.rocket,
    },
    cancellation: reason
      ? { allowed: false, reason }
      : {
          allowed: true,
          quote: held
            ? { refundPercent: 0, refundCents: 0 }
            : refundQuote(view.amountCents, new Date(detail.date), ctx.now),
        },
  };
}

/** GET /api/v1/bookings/{id}/refund-quote: 409 when the booking cannot be cancelled now. */
export async function quoteRefund(ctx: Ctx, bookingId: string): Promise<RefundQuote> {
  const booking = await getMyBooking(ctx, bookingId);
  if (!booking.cancellation.allowed) throw new DomainError("conflict", booking.cancellation.reason);
  return booking.cancellation.quote;
}
