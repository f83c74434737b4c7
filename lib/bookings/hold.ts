import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { isUniqueViolation, pgErrorOf } from "@/db/errors";
import { bookings, bookingSeats, launches, rockets, users } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { invalidateLaunch } from "@/lib/catalogue/cache";
import { bookingView, type BookingView } from "./queries";
import { expireStaleHolds } from "./release";
import {
  bookingAmountCents,
  bookingReference,
  holdExpiresAt,
  isLaunchBookable,
  lowestFreeSeats,
  MAX_UNPAID_HOLDS,
  PASSENGER_MAX_AGE,
  PASSENGER_MIN_AGE,
  passengerAgeError,
  seatLimitFor,
  seatsOutOfRange,
  tooManyHoldsMessage,
} from "./rules";
import type { PassengerInput } from "./schemas";
import { isVip } from "./vip";
import { requireRole } from "@/lib/auth/require-role";

export interface HoldInput {
  launchId: string;
  seats?: number[];
  seatCount?: number;
  passengers?: PassengerInput[];
}

/**
 * Refuses a hold beyond MAX_UNPAID_HOLDS live unpaid holds of this traveler, across all
 * launches. A transaction-scoped lock per traveler (taken before the launch row, always
 * in that order) makes count-then-insert atomic: concurrent requests cannot make a third.
 */
async function assertHoldAllowance(tx: Ctx, travelerId: string): Promise<void> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`holds:${travelerId}`}))`);
  const [{ n }] = await tx.db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.travelerId, travelerId), eq(bookings.status, "held"), gt(bookings.expiresAt, tx.now)));
  if (n >= MAX_UNPAID_HOLDS) throw new DomainError("too_many_holds", tooManyHoldsMessage());
}

/**
 * Holds seats for 10 minutes. The launch row is locked (FOR UPDATE), so every check
 * below (seats free, the traveler's limit) sees the state no concurrent booking can
 * change before we commit; the partial unique index on live seats is the last line of
 * defence and its violation answers `seat_taken`, never a 500. `payingNow` (a one-step
 * booking, paid or released at once) leaves no unpaid hold behind, so the unpaid-hold
 * allowance does not apply to it.
 */
export async function holdSeats(ctx: Ctx, input: HoldInput, opts: { payingNow?: boolean } = {}): Promise<BookingView> {
  return bookingView(ctx, await placeHold(ctx, input, opts));
}

/** holdSeats without building the booking's view: the new booking's id (a one-step booking pays it at once). */
export async function placeHold(ctx: Ctx, input: HoldInput, opts: { payingNow?: boolean } = {}): Promise<string> {
  const actor = requireRole(ctx, ["traveler"]);
  const count = input.seats?.length ?? input.seatCount ?? 0;
  if (count < 1)
    throw new DomainError("validation_failed", "Pick seats or ask for a number of seats.", {
      seats: ["Pick at least one seat."],
    });
  if (input.passengers && input.passengers.length !== count) {
    throw new DomainError("validation_failed", "Give one passenger per seat.", {
      passengers: [`Give one passenger per seat (${count}).`],
    });
  }
  let passengers = input.passengers;
  if (!passengers) {
    if (count > 1)
      throw new DomainError("validation_failed", "Give one passenger per seat.", {
        passengers: [`Give one passenger per seat (${count}).`],
      });
    // A single seat without passengers: the traveler flies.
    const [me] = await ctx.db
      .select({ name: users.name, email: users.email, dateOfBirth: users.dateOfBirth })
      .from(users)
      .where(eq(users.id, actor.id));
    if (!me?.dateOfBirth)
      throw new DomainError("validation_failed", "Enter the passenger's details.", {
        passengers: ["Your profile has no date of birth; enter the passenger."],
      });
    passengers = [{ name: me.name, email: me.email, dateOfBirth: me.dateOfBirth }];
  }
  const people = passengers;

  let bookingId: string;
  try {
    bookingId = await withTransaction(ctx, async (tx) => {
      if (!opts.payingNow) await assertHoldAllowance(tx, actor.id);
      const [launch] = await tx.db
        .select({
          id: launches.id,
          status: launches.status,
          date: launches.date,
          price: launches.pricePerSeatCents,
          rocketId: launches.rocketId,
        })
        .from(launches)
        .where(eq(launches.id, input.launchId))
        .for("update");
      if (!launch) throw new DomainError("not_found", "There is no such launch.");
      if (!isLaunchBookable(launch.status, launch.date, tx.now))
        throw new DomainError("launch_not_bookable", "This launch is no longer open for booking.");
      const [{ capacity }] = await tx.db
        .select({ capacity: rockets.capacity })
        .from(rockets)
        .where(eq(rockets.id, launch.rocketId));

      // Holds that ran out free their seats now, so the unique index sees only live ones.
      await expireStaleHolds(tx, launch.id);
      const live = await tx.db
        .select({ seat: bookingSeats.seatNumber, travelerId: bookings.travelerId })
        .from(bookingSeats)
        .innerJoin(bookings, eq(bookings.id, bookingSeats.bookingId))
        .where(and(eq(bookingSeats.launchId, launch.id), eq(bookingSeats.live, true)));

      const limit = seatLimitFor(await isVip(tx, actor.id));
      const mine = live.filter((s) => s.travelerId === actor.id).length;
      if (mine + count > limit) {
        throw new DomainError(
          "seat_limit_exceeded",
          `You may hold at most ${limit} seats on one launch${mine ? `; you already hold ${mine}` : ""}.`,
          { [input.seats ? "seats" : "seatCount"]: [`At most ${limit - mine} more seat(s) on this launch.`] },
        );
      }

      const taken = live.map((s) => s.seat);
      let seats: number[];
      if (input.seats) {
        const outside = seatsOutOfRange(input.seats, capacity);
        if (outside.length)
          throw new DomainError("validation_failed", `This rocket has seats 1 to ${capacity}.`, {
            seats: [`Seat ${outside.join(", ")} does not exist on this rocket.`],
          });
        if (capacity - taken.length < count)
          throw new DomainError(
            "sold_out",
            capacity === taken.length
              ? "This launch is sold out."
              : `Only ${capacity - taken.length} seat(s) are left.`,
          );
        const clash = input.seats.filter((s) => taken.includes(s));
        if (clash.length)
          throw new DomainError("seat_taken", `Seat ${clash.join(", ")} was just taken. Pick another seat.`, {
            seats: [`Seat ${clash.join(", ")} is taken.`],
          });
        seats = [...input.seats].sort((a, b) => a - b);
      } else {
        const free = lowestFreeSeats(capacity, taken, count);
        if (!free)
          throw new DomainError(
            "sold_out",
            capacity === taken.length
              ? "This launch is sold out."
              : `Only ${capacity - taken.length} seat(s) are left.`,
          );
        seats = free;
      }

      const ageErrors: FieldErrors = {};
      people.forEach((p, i) => {
        const error = passengerAgeError(p.dateOfBirth, launch.date);
        if (error) ageErrors[`passengers.${i}.dateOfBirth`] = [error];
      });
      if (Object.keys(ageErrors).length)
        throw new DomainError(
          "passenger_age",
          `Every passenger must be ${PASSENGER_MIN_AGE} to ${PASSENGER_MAX_AGE} years old on the launch date.`,
          ageErrors,
        );

      const [booking] = await tx.db
        .insert(bookings)
        .values({
          reference: bookingReference(randomBytes(6)),
          launchId: launch.id,
          travelerId: actor.id,
          status: "held",
          amountCents: bookingAmountCents(count, launch.price),
          expiresAt: holdExpiresAt(tx.now),
          createdAt: tx.now,
          updatedAt: tx.now,
        })
        .returning({ id: bookings.id });
      await tx.db.insert(bookingSeats).values(
        seats.map((seatNumber, i) => ({
          bookingId: booking.id,
          launchId: launch.id,
          seatNumber,
          passengerName: people[i].name,
          passengerEmail: people[i].email,
          passengerDateOfBirth: people[i].dateOfBirth,
          createdAt: tx.now,
        })),
      );
      await logEvent(tx, {
        event: "booking.held",
        message: `Held seats ${seats.join(", ")}`,
        details: { bookingId: booking.id, launchId: launch.id, seats },
      });
      return booking.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "booking_seats_live_seat_key")) {
      throw new DomainError("seat_taken", "One of these seats was just taken. Pick another seat.", {
        seats: ["A seat was just taken."],
      });
    }
    // Serialization/lock failures under heavy contention are a busy launch, not a defect.
    const code = pgErrorOf(error)?.code;
    if (code === "40001" || code === "40P01")
      throw new DomainError("conflict", "Many travelers are booking this launch right now. Please try again.");
    throw error;
  }
  invalidateLaunch(input.launchId);
  return bookingId;
}
