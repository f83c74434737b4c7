import "server-only";
import { asc, eq, inArray, or } from "drizzle-orm";
import { agencies, bookings, bookingSeats, launches, notifications, payments, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * "Download my data": everything the app holds about the signed-in user, as one JSON
 * document — profile, bookings with their passengers, payments and refunds, the mails
 * sent to him. Never a secret (no password hash, no token, no sealed link) and nothing of
 * another user (an agency sees no traveler here).
 */
export async function exportMyData(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw new DomainError("unauthorized", "Sign in first.");
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new DomainError("unauthorized", "Sign in first.");
  const own = await ctx.db
    .select({
      booking: bookings,
      launchDate: launches.date,
      spaceport: launches.spaceport,
      destination: launches.destination,
    })
    .from(bookings)
    .innerJoin(launches, eq(launches.id, bookings.launchId))
    .where(eq(bookings.travelerId, user.id))
    .orderBy(asc(bookings.createdAt));
  const ids = own.map((b) => b.booking.id);
  const [seats, money, mails, agency] = await Promise.all([
    ids.length
      ? ctx.db
          .select()
          .from(bookingSeats)
          .where(inArray(bookingSeats.bookingId, ids))
          .orderBy(asc(bookingSeats.seatNumber))
      : [],
    ids.length
      ? ctx.db.select().from(payments).where(inArray(payments.bookingId, ids)).orderBy(asc(payments.createdAt))
      : [],
    ctx.db
      .select()
      .from(notifications)
      .where(or(eq(notifications.recipientUserId, user.id), eq(notifications.recipient, user.email)))
      .orderBy(asc(notifications.createdAt)),
    user.role === "agency" ? ctx.db.select().from(agencies).where(eq(agencies.userId, user.id)).limit(1) : [],
  ]);
  const payment = (p: (typeof money)[number]) => ({
    id: p.id,
    bookingId: p.bookingId,
    status: p.status,
    amountCents: p.amountCents,
    provider: p.provider,
    reference: p.providerRef,
    cardLast4: p.cardLast4,
    createdAt: iso(p.createdAt),
  });
  await logEvent(ctx, { event: "account.data_exported", details: { userId: user.id } });
  return {
    exportedAt: ctx.now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      emailVerifiedAt: iso(user.emailVerifiedAt),
      phone: user.phone,
      address: user.address,
      country: user.country,
      taxId: user.taxId,
      dateOfBirth: user.dateOfBirth,
      vipAlerts: user.vipAlerts,
      createdAt: iso(user.createdAt),
    },
    agency: agency[0]
      ? (({ id, name, description, contactEmail, phone, website, address, country, taxId }) => ({
          id,
          name,
          description,
          contactEmail,
          phone,
          website,
          address,
          country,
          taxId,
        }))(agency[0])
      : null,
    bookings: own.map(({ booking: b, launchDate, spaceport, destination }) => ({
      id: b.id,
      reference: b.reference,
      status: b.status,
      launch: { id: b.launchId, date: launchDate.toISOString(), spaceport, destination },
      amountCents: b.amountCents,
      refundCents: b.refundCents,
      refundPercent: b.refundPercent,
      createdAt: iso(b.createdAt),
      confirmedAt: iso(b.confirmedAt),
      cancelledAt: iso(b.cancelledAt),
      passengers: seats
        .filter((s) => s.bookingId === b.id)
        .map((s) => ({
          seat: s.seatNumber,
          name: s.passengerName,
          email: s.passengerEmail,
          dateOfBirth: s.passengerDateOfBirth,
        })),
    })),
    payments: money.filter((p) => p.kind === "charge").map(payment),
    refunds: money.filter((p) => p.kind === "refund").map(payment),
    // The payload's links keep only their redacted slot: no token leaves in an export either.
    notifications: mails.map((n) => ({
      id: n.id,
      template: n.template,
      to: n.recipient,
      status: n.status,
      content: n.payload,
      createdAt: iso(n.createdAt),
      sentAt: iso(n.sentAt),
    })),
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
