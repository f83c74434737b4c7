import { randomBytes } from "node:crypto";
import { agencies, bookingSeats, bookings, launches, payments, rockets, users, type LaunchStatus } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";

// Finance test data written straight into the tables (the agency and booking services
// belong to other modules; finance only reads what they store).
const tag = () => randomBytes(4).toString("hex");

export async function makeUser(ctx: Ctx, role: Actor["role"], name = `${role} ${tag()}`): Promise<Actor> {
  const email = `${role}-${tag()}@finance.test`;
  const [u] = await ctx.db.insert(users).values({ email, passwordHash: "x", name, role }).returning();
  return { id: u.id, role: u.role, email: u.email, name: u.name };
}

export async function makeAgency(ctx: Ctx, name = `Agency ${tag()}`) {
  const owner = await makeUser(ctx, "agency", `${name} ops`);
  const [agency] = await ctx.db
    .insert(agencies)
    .values({
      userId: owner.id,
      name,
      contactEmail: `billing-${tag()}@agency.test`,
      country: "US",
      taxId: "12-3456789",
      address: "1 Launch Way",
    })
    .returning();
  const [rocket] = await ctx.db
    .insert(rockets)
    .values({ agencyId: agency.id, name: `Rocket ${tag()}`, capacity: 100, range: "mars" })
    .returning();
  return { agency, rocket, owner };
}

export async function makeLaunch(
  ctx: Ctx,
  a: { agency: { id: string }; rocket: { id: string } },
  status: LaunchStatus,
  date: string,
  abortReason?: string,
) {
  const [launch] = await ctx.db
    .insert(launches)
    .values({
      agencyId: a.agency.id,
      rocketId: a.rocket.id,
      slug: `launch-${tag()}`,
      spaceport: "Cape Canaveral",
      destination: "leo",
      date: new Date(date),
      pricePerSeatCents: 100_000,
      minimumOccupancy: 1,
      status,
      abortReason: abortReason ?? null,
    })
    .returning();
  return launch;
}

let seat = 0;
/** A confirmed booking with a succeeded charge (and optionally a succeeded refund). */
export async function makeBooking(
  ctx: Ctx,
  launchId: string,
  travelerId: string,
  chargeCents: number,
  refundCents = 0,
  status: "confirmed" | "cancelled" = "confirmed",
) {
  const [b] = await ctx.db
    .insert(bookings)
    .values({
      reference: `AB-${tag().toUpperCase().slice(0, 6)}`,
      launchId,
      travelerId,
      status,
      amountCents: chargeCents,
      refundCents: refundCents || null,
    })
    .returning();
  await ctx.db.insert(bookingSeats).values({
    bookingId: b.id,
    launchId,
    seatNumber: (seat++ % 100) + 1,
    passengerName: "Pat Passenger",
    passengerEmail: "pat@p.test",
    passengerDateOfBirth: "1990-01-01",
    live: status === "confirmed",
  });
  await ctx.db.insert(payments).values({
    bookingId: b.id,
    kind: "charge",
    status: "succeeded",
    amountCents: chargeCents,
    provider: "fake",
    providerRef: `ch_${tag()}`,
  });
  await ctx.db.insert(payments).values({
    bookingId: b.id,
    kind: "charge",
    status: "declined",
    amountCents: 999_999,
    provider: "fake",
    providerRef: `ch_${tag()}`,
  });
  if (refundCents)
    await ctx.db.insert(payments).values({
      bookingId: b.id,
      kind: "refund",
      status: "succeeded",
      amountCents: refundCents,
      provider: "fake",
      providerRef: `re_${tag()}`,
    });
  return b;
}
