import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  agencies,
  launches,
  launchStatusHistory,
  rockets,
  users,
  type LaunchStatus,
  type Destination,
} from "@/db/schema";
import type { Actor } from "@/lib/context";
import { launchSlug } from "@/lib/launches/rules";
import type { TestDb } from "../helpers/test-db";

// Test data inserted straight into the tables (no password hashing, no date rules), so
// each test builds exactly the state it needs. Any handle with `db` will do (a test
// database, or the database behind a running production server).

export async function makeTraveler(
  db: Pick<TestDb, "db">,
  opts: { name?: string; dateOfBirth?: string } = {},
): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  const [u] = await db.db
    .insert(users)
    .values({
      email: `traveler-${tag}@example.test`,
      passwordHash: "x",
      name: opts.name ?? `Traveler ${tag}`,
      role: "traveler",
      dateOfBirth: opts.dateOfBirth ?? "1990-01-01",
    })
    .returning();
  return { id: u.id, role: "traveler", email: u.email, name: u.name };
}

export async function makeUser(db: Pick<TestDb, "db">, role: "agency" | "employee" | "it"): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  const [u] = await db.db
    .insert(users)
    .values({ email: `${role}-${tag}@example.test`, passwordHash: "x", name: `${role} ${tag}`, role })
    .returning();
  return { id: u.id, role, email: u.email, name: u.name };
}

export interface LaunchFixture {
  id: string;
  slug: string;
  agencyId: string;
  rocketId: string;
  agencyEmail: string;
}

export async function makeLaunch(
  db: Pick<TestDb, "db">,
  opts: {
    capacity?: number;
    priceCents?: number;
    date?: Date;
    status?: LaunchStatus;
    destination?: Destination;
    spaceport?: string;
    agencyId?: string;
  } = {},
): Promise<LaunchFixture> {
  const tag = randomUUID().slice(0, 8);
  let agencyId = opts.agencyId;
  let agencyEmail = "";
  if (!agencyId) {
    const owner = await makeUser(db, "agency");
    const [a] = await db.db
      .insert(agencies)
      .values({
        userId: owner.id,
        name: `Agency ${tag}`,
        contactEmail: `contact-${tag}@agency.test`,
        country: "US",
        taxId: "12-3456789",
      })
      .returning();
    agencyId = a.id;
    agencyEmail = a.contactEmail;
  } else {
    const [a] = await db.db.select().from(agencies).where(eq(agencies.id, agencyId));
    agencyEmail = a.contactEmail;
  }
  const [r] = await db.db
    .insert(rockets)
    .values({ agencyId, name: `Rocket ${tag}`, capacity: opts.capacity ?? 10, range: "mars" })
    .returning();
  const id = randomUUID();
  const date = opts.date ?? new Date(Date.now() + 400 * 24 * 3600 * 1000);
  const destination = opts.destination ?? "moon";
  const spaceport = opts.spaceport ?? "Cape Canaveral";
  const slug = launchSlug({ id, date, destination, rocketName: r.name, spaceport });
  await db.db.insert(launches).values({
    id,
    agencyId,
    rocketId: r.id,
    slug,
    spaceport,
    destination,
    date,
    pricePerSeatCents: opts.priceCents ?? 100_000,
    minimumOccupancy: 1,
    status: opts.status ?? "scheduled",
  });
  await db.db
    .insert(launchStatusHistory)
    .values({ launchId: id, fromStatus: null, toStatus: "scheduled", newDate: date });
  return { id, slug, agencyId, rocketId: r.id, agencyEmail };
}

export const CARD_OK = "4242 4242 4242 4242";
export const CARD_DECLINED = "4000 0000 0000 0002";

/** A confirmed, paid booking written directly (as the seed does), with its charge row. */
export async function insertConfirmedBooking(
  db: TestDb,
  input: { launchId: string; travelerId: string; seats: number[]; amountCents: number; reference?: string },
) {
  const { bookings, bookingSeats, payments } = await import("@/db/schema");
  const reference =
    input.reference ??
    `AB-${randomUUID()
      .replace(/[^A-HJ-NP-Z2-9]/gi, "")
      .toUpperCase()
      .replace(/[01OI]/g, "X")
      .slice(0, 6)
      .padEnd(6, "Z")}`;
  const [b] = await db.db
    .insert(bookings)
    .values({
      reference,
      launchId: input.launchId,
      travelerId: input.travelerId,
      status: "confirmed",
      amountCents: input.amountCents,
      confirmedAt: new Date(),
    })
    .returning();
  await db.db.insert(bookingSeats).values(
    input.seats.map((seatNumber) => ({
      bookingId: b.id,
      launchId: input.launchId,
      seatNumber,
      passengerName: "P",
      passengerEmail: "p@example.test",
      passengerDateOfBirth: "1990-01-01",
    })),
  );
  await db.db.insert(payments).values({
    bookingId: b.id,
    kind: "charge",
    status: "succeeded",
    amountCents: input.amountCents,
    provider: "sandbox",
    providerRef: `seed_${b.id}`,
    cardLast4: "4242",
  });
  return b;
}

/** Launches whose launch_seat_counts row disagrees with a plain count of their live seats. */
export async function seatCountMismatches(
  db: TestDb,
): Promise<{ launch_id: string; counted: number; actual: number }[]> {
  const { sql } = await import("drizzle-orm");
  const { rowsOf } = await import("@/db/client");
  const result = await db.db.execute(sql`
    select l.id as launch_id, coalesce(c.live_seats, 0) as counted,
           (select count(*)::int from booking_seats s where s.launch_id = l.id and s.live) as actual
    from launches l left join launch_seat_counts c on c.launch_id = l.id
    where coalesce(c.live_seats, 0) <> (select count(*)::int from booking_seats s where s.launch_id = l.id and s.live)`);
  return rowsOf(result);
}

/** `n` adult passengers (18–70 on any launch date in the tests). */
export const pax = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Passenger ${i + 1}`,
    email: `p${i + 1}@example.test`,
    dateOfBirth: "1985-05-05",
  }));
