import { randomUUID } from "node:crypto";
import { agencies, bookings, bookingSeats } from "@/db/schema";
import { insertUser } from "@/lib/auth/users";
import { withTransaction, type Actor } from "@/lib/context";
import type { TestDb } from "../helpers/test-db";

let n = 0;

/** An agency user with its profile row. */
export async function makeAgency(
  db: TestDb,
  name = `Agency ${++n} ${randomUUID().slice(0, 4)}`,
): Promise<{ actor: Actor; agencyId: string }> {
  const email = `agency-${randomUUID().slice(0, 8)}@example.test`;
  const user = await withTransaction(db.ctx(), (tx) =>
    insertUser(tx, { email, password: "correct horse battery", name: `${name} Ops`, role: "agency" }),
  );
  const [agency] = await db.db
    .insert(agencies)
    .values({ userId: user.id, name, contactEmail: email, country: "US", taxId: "12-3456789" })
    .returning();
  return { actor: { id: user.id, role: "agency", email, name: user.name }, agencyId: agency.id };
}

export async function makeTraveler(db: TestDb, name = "Tina Traveler"): Promise<Actor> {
  const email = `traveler-${randomUUID().slice(0, 8)}@example.test`;
  const user = await withTransaction(db.ctx(), (tx) =>
    insertUser(tx, {
      email,
      password: "correct horse battery",
      name,
      role: "traveler",
      country: "ES",
      taxId: "12345678Z",
    }),
  );
  return { id: user.id, role: "traveler", email, name };
}

/** A confirmed, paid booking written directly (the booking flow is another area's). */
export async function makeConfirmedBooking(
  db: TestDb,
  opts: { launchId: string; travelerId: string; seats: number[]; amountCents: number; at: Date },
) {
  const [booking] = await db.db
    .insert(bookings)
    .values({
      reference: `AB-${randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase()}`,
      launchId: opts.launchId,
      travelerId: opts.travelerId,
      status: "confirmed",
      amountCents: opts.amountCents,
      confirmedAt: opts.at,
    })
    .returning();
  await db.db.insert(bookingSeats).values(
    opts.seats.map((seat, i) => ({
      bookingId: booking.id,
      launchId: opts.launchId,
      seatNumber: seat,
      passengerName: `Passenger ${i + 1} Núñez`,
      passengerEmail: `p${i}@example.test`,
      passengerDateOfBirth: "1985-01-01",
    })),
  );
  return booking;
}
