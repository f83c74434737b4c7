import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { launches } from "./agencies";
import { createdAt, id, updatedAt } from "./columns";

export const bookingStatusEnum = pgEnum("booking_status", ["held", "confirmed", "cancelled", "expired"]);
export type BookingStatus = (typeof bookingStatusEnum.enumValues)[number];

export const bookings = pgTable(
  "bookings",
  {
    id: id(),
    reference: text().notNull().unique(),
    launchId: uuid()
      .notNull()
      .references(() => launches.id, { onDelete: "restrict" }),
    travelerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: bookingStatusEnum().notNull().default("held"),
    amountCents: integer().notNull(),
    refundCents: integer(),
    refundPercent: integer(),
    expiresAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    /** When the traveler accepted the refund tiers before paying (null: paid without the web step's consent). */
    refundTermsAcceptedAt: timestamp({ withTimezone: true }),
    /** The open (or last) Stripe Checkout Session of this hold, and how many were started. */
    checkoutSessionId: text(),
    checkoutAttempts: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("bookings_launch_status_idx").on(t.launchId, t.status),
    index("bookings_traveler_idx").on(t.travelerId, t.createdAt),
    index("bookings_held_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.status} = 'held'`),
    check("bookings_amount_check", sql`${t.amountCents} >= 0`),
  ],
);

/** One row per seat and passenger. `live` is true while the booking is held or confirmed. */
export const bookingSeats = pgTable(
  "booking_seats",
  {
    id: id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    launchId: uuid()
      .notNull()
      .references(() => launches.id, { onDelete: "restrict" }),
    seatNumber: integer().notNull(),
    passengerName: text().notNull(),
    passengerEmail: text().notNull(),
    /** Null once the booking's traveler deleted his account (personal data erased, the seat kept). */
    passengerDateOfBirth: date({ mode: "string" }),
    live: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    // The no-overbooking invariant: a seat belongs to at most one live booking.
    uniqueIndex("booking_seats_live_seat_key")
      .on(t.launchId, t.seatNumber)
      .where(sql`${t.live}`),
    index("booking_seats_booking_idx").on(t.bookingId),
    check("booking_seats_number_check", sql`${t.seatNumber} between 1 and 100`),
  ],
);

/**
 * Live seats per launch (held or confirmed, expired holds included until they are swept),
 * kept by statement triggers on booking_seats in the same transaction as the seats, so the
 * catalogue reads seats left without counting seats per launch. Derived: not in the change
 * log and not synced; each database keeps its own (the triggers fire in replica mode too).
 */
export const launchSeatCounts = pgTable(
  "launch_seat_counts",
  {
    launchId: uuid()
      .primaryKey()
      .references(() => launches.id, { onDelete: "cascade" }),
    liveSeats: integer().notNull().default(0),
  },
  (t) => [check("launch_seat_counts_live_check", sql`${t.liveSeats} >= 0`)],
);

/**
 * Charges and refunds recorded by the payment provider. A refund the provider has not yet
 * accepted is `pending` (retried by the payment-refunds job until it is); finance counts
 * `succeeded` rows only.
 */
export const payments = pgTable(
  "payments",
  {
    id: id(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id, { onDelete: "restrict" }),
    kind: text({ enum: ["charge", "refund"] }).notNull(),
    status: text({ enum: ["succeeded", "declined", "pending"] }).notNull(),
    amountCents: integer().notNull(),
    provider: text().notNull(),
    /** The provider's id of the charge or refund (`pending:<key>` until a refund is accepted). */
    providerRef: text().notNull(),
    cardLast4: text(),
    /** Refunds: why (a cancellation, a payment for seats no longer held, the provider's dashboard). */
    reason: text({ enum: ["cancellation", "unheld_payment", "dashboard"] }),
    /** Refunds: the provider's id of the charge refunded. */
    refundOf: text(),
    /** Refunds: the key sent with every attempt, so a retried call never refunds twice. */
    idempotencyKey: text(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("payments_booking_idx").on(t.bookingId),
    check("payments_amount_check", sql`${t.amountCents} >= 0`),
    // One row per provider charge or refund: a webhook delivered twice cannot record it twice.
    uniqueIndex("payments_provider_ref_key").on(t.provider, t.providerRef),
    uniqueIndex("payments_idempotency_key").on(t.provider, t.idempotencyKey),
    index("payments_pending_refunds_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);
