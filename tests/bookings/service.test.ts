import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, bookingSeats, launches, notifications, payments } from "@/db/schema";
import { expireHoldsJob } from "@/lib/bookings/expire-holds-job";
import {
  bookAndPay,
  cancelBooking,
  getMyBooking,
  holdSeats,
  listMyBookings,
  payBooking,
  quoteRefund,
} from "@/lib/bookings/service";
import { getLaunchDetail, listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_DECLINED, CARD_OK, insertConfirmedBooking, makeLaunch, makeTraveler, makeUser, pax } from "./fixtures";

const DAY = 24 * 3600 * 1000;
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("hold and pay", () => {
  it("holds picked seats for 10 minutes, then pays: confirmed, mails to traveler and agency", async () => {
    const launch = await makeLaunch(db, { capacity: 8, priceCents: 250_000 });
    const t = await makeTraveler(db, { dateOfBirth: "1990-03-03" });
    const now = new Date();
    const held = await holdSeats(db.ctx(t, now), { launchId: launch.id, seats: [5, 2], passengers: pax(2) });
    expect(held).toMatchObject({ status: "held", seats: [2, 5], amountCents: 500_000 });
    expect(held.reference).toMatch(/^AB-[A-HJ-NP-Z2-9]{6}$/);
    expect(new Date(held.expiresAt!).getTime() - now.getTime()).toBe(10 * 60 * 1000);
    expect((await getLaunchDetail(db.ctx(null, now), { id: launch.id }))!.takenSeats).toEqual([2, 5]);

    const paid = await payBooking(db.ctx(t, new Date(now.getTime() + 60_000)), held.id, CARD_OK);
    expect(paid.status).toBe("confirmed");
    expect(paid.expiresAt).toBeUndefined();
    const mails = await db.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `booking_confirmed:${held.id}`));
    expect(mails[0]).toMatchObject({ recipient: t.email, template: "booking_confirmed" });
    const agencyMail = await db.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `agency_new_booking:${held.id}`));
    expect(agencyMail[0].recipient).toBe(launch.agencyEmail);
    const charges = await db.db.select().from(payments).where(eq(payments.bookingId, held.id));
    expect(charges).toMatchObject([{ kind: "charge", status: "succeeded", amountCents: 500_000, cardLast4: "4242" }]);
  });

  it("gives the lowest free seats for a count, and the traveler flies when no passenger is given", async () => {
    const launch = await makeLaunch(db, { capacity: 5 });
    const t = await makeTraveler(db, { name: "Solo Flyer", dateOfBirth: "1980-01-01" });
    await insertConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: (await makeTraveler(db)).id,
      seats: [1, 3],
      amountCents: 1,
    });
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 1 });
    expect(held.seats).toEqual([2]);
    expect(held.passengers).toEqual([{ seat: 2, name: "Solo Flyer", email: t.email, dateOfBirth: "1980-01-01" }]);
    const two = await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 2, passengers: pax(2) });
    expect(two.seats).toEqual([4, 5]);
    await expect(
      holdSeats(db.ctx(await makeTraveler(db)), { launchId: launch.id, seatCount: 1 }),
    ).rejects.toMatchObject({ code: "sold_out" });
  });

  it("answers seat_taken for a taken seat, validation for a seat outside the rocket", async () => {
    const launch = await makeLaunch(db, { capacity: 4 });
    await holdSeats(db.ctx(await makeTraveler(db)), { launchId: launch.id, seats: [3] });
    await expect(holdSeats(db.ctx(await makeTraveler(db)), { launchId: launch.id, seats: [3] })).rejects.toMatchObject({
      code: "seat_taken",
    });
    await expect(holdSeats(db.ctx(await makeTraveler(db)), { launchId: launch.id, seats: [5] })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("checks every passenger's age on the launch date", async () => {
    const date = new Date("2030-06-15T12:00:00Z");
    const launch = await makeLaunch(db, { date });
    const t = await makeTraveler(db);
    const passengers = [...pax(1), { name: "Young", email: "y@example.test", dateOfBirth: "2012-06-16" }];
    await expect(holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 2, passengers })).rejects.toMatchObject({
      code: "passenger_age",
      fieldErrors: { "passengers.1.dateOfBirth": [expect.stringMatching(/18 to 70/)] },
    });
    passengers[1].dateOfBirth = "2012-06-15";
    await expect(holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 2, passengers })).resolves.toMatchObject({
      status: "held",
    });
  });

  it("limits a traveler to 4 live seats per launch, a VIP to 6", async () => {
    const launch = await makeLaunch(db, { capacity: 20 });
    const t = await makeTraveler(db);
    await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 3, passengers: pax(3) });
    await expect(holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 2, passengers: pax(2) })).rejects.toMatchObject(
      { code: "seat_limit_exceeded" },
    );
    await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 1, passengers: pax(1) });

    const vip = await makeTraveler(db);
    for (const l of [await makeLaunch(db), await makeLaunch(db)])
      await insertConfirmedBooking(db, { launchId: l.id, travelerId: vip.id, seats: [1], amountCents: 1 });
    await holdSeats(db.ctx(vip), { launchId: launch.id, seatCount: 6, passengers: pax(6) });
    await expect(
      holdSeats(db.ctx(vip), { launchId: launch.id, seatCount: 1, passengers: pax(1) }),
    ).rejects.toMatchObject({ code: "seat_limit_exceeded" });
  });

  it("refuses a launch that is not bookable and non-travelers", async () => {
    const aborted = await makeLaunch(db, { status: "aborted" });
    const past = await makeLaunch(db, { date: new Date(Date.now() - DAY) });
    const t = await makeTraveler(db);
    await expect(holdSeats(db.ctx(t), { launchId: aborted.id, seatCount: 1 })).rejects.toMatchObject({
      code: "launch_not_bookable",
    });
    await expect(holdSeats(db.ctx(t), { launchId: past.id, seatCount: 1 })).rejects.toMatchObject({
      code: "launch_not_bookable",
    });
    const agency = await makeUser(db, "agency");
    await expect(holdSeats(db.ctx(agency), { launchId: aborted.id, seatCount: 1 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("a declined card frees the seats and answers payment_declined; an invalid number is a field error", async () => {
    const launch = await makeLaunch(db, { capacity: 2 });
    const t = await makeTraveler(db);
    await expect(
      bookAndPay(db.ctx(t), { launchId: launch.id, seats: [1, 2], passengers: pax(2), cardNumber: "1234" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { "payment.cardNumber": [expect.any(String)] },
    });
    await expect(
      bookAndPay(db.ctx(t), { launchId: launch.id, seats: [1, 2], passengers: pax(2), cardNumber: CARD_DECLINED }),
    ).rejects.toMatchObject({ code: "payment_declined" });
    expect((await getLaunchDetail(db.ctx(), { id: launch.id }))!.takenSeats).toEqual([]);
    const declined = await db.db
      .select()
      .from(payments)
      .where(and(eq(payments.status, "declined")));
    expect(declined.length).toBeGreaterThan(0);
    const ok = await bookAndPay(db.ctx(t), {
      launchId: launch.id,
      seats: [1, 2],
      passengers: pax(2),
      cardNumber: CARD_OK,
    });
    expect(ok.status).toBe("confirmed");
  });

  it("a declined card on a hold keeps the hold and its seats: another card pays it before it expires", async () => {
    const launch = await makeLaunch(db, { capacity: 3 });
    const t = await makeTraveler(db);
    const start = new Date();
    const held = await holdSeats(db.ctx(t, start), { launchId: launch.id, seats: [2, 3], passengers: pax(2) });
    const soon = new Date(start.getTime() + 60_000);
    await expect(payBooking(db.ctx(t, soon), held.id, CARD_DECLINED)).rejects.toMatchObject({
      code: "payment_declined",
      fieldErrors: { cardNumber: [expect.stringMatching(/declined/i)] },
    });
    const after = await getMyBooking(db.ctx(t, soon), held.id);
    expect(after).toMatchObject({ status: "held", seats: [2, 3], expiresAt: held.expiresAt });
    expect((await getLaunchDetail(db.ctx(null, soon), { id: launch.id }))!.takenSeats).toEqual([2, 3]);
    // Nobody else can take the seats meanwhile.
    await expect(
      holdSeats(db.ctx(await makeTraveler(db), soon), { launchId: launch.id, seats: [2] }),
    ).rejects.toMatchObject({ code: "seat_taken" });

    const later = new Date(start.getTime() + 5 * 60_000);
    const paid = await payBooking(db.ctx(t, later), held.id, CARD_OK, { acceptedRefundTerms: true });
    expect(paid).toMatchObject({ status: "confirmed", seats: [2, 3], refundTermsAcceptedAt: later.toISOString() });
  });

  it("records no refund-terms acceptance when the payer did not give it (API integrators may omit it)", async () => {
    const launch = await makeLaunch(db, { capacity: 2 });
    const t = await makeTraveler(db);
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seats: [1] });
    const paid = await payBooking(db.ctx(t), held.id, CARD_OK);
    expect(paid.status).toBe("confirmed");
    expect(paid.refundTermsAcceptedAt).toBeUndefined();
  });

  it("an expired hold is never counted, cannot be paid, and the job expires it", async () => {
    const launch = await makeLaunch(db, { capacity: 3 });
    const t = await makeTraveler(db);
    const start = new Date();
    const held = await holdSeats(db.ctx(t, start), { launchId: launch.id, seats: [1] });
    const later = new Date(start.getTime() + 10 * 60 * 1000);
    expect((await getLaunchDetail(db.ctx(null, later), { id: launch.id }))!.seatsAvailable).toBe(3);
    const page = await listCatalogue(db.ctx(null, later), catalogueQuerySchema.parse({ agencyId: launch.agencyId }));
    expect(page.items[0].seatsAvailable).toBe(3);
    // Someone else can take the seat of the expired hold at once.
    await holdSeats(db.ctx(await makeTraveler(db), later), { launchId: launch.id, seats: [1] });
    await expect(payBooking(db.ctx(t, later), held.id, CARD_OK)).rejects.toMatchObject({ code: "hold_expired" });

    const other = await holdSeats(db.ctx(t, start), { launchId: launch.id, seats: [2] });
    const result = await expireHoldsJob({ ...db.ctx(null, later), origin: "cron:expire-holds" });
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const [row] = await db.db.select().from(bookings).where(eq(bookings.id, other.id));
    expect(row.status).toBe("expired");
    const seats = await db.db.select().from(bookingSeats).where(eq(bookingSeats.bookingId, other.id));
    expect(seats.every((s) => !s.live)).toBe(true);
  });
});

describe("own bookings, refunds and cancellation", () => {
  it("shows a traveler only his own bookings (404 for another's)", async () => {
    const launch = await makeLaunch(db);
    const a = await makeTraveler(db);
    const b = await makeTraveler(db);
    const mine = await holdSeats(db.ctx(a), { launchId: launch.id, seatCount: 1 });
    expect((await listMyBookings(db.ctx(a), { page: 1, pageSize: 20 })).items.map((x) => x.id)).toEqual([mine.id]);
    expect((await listMyBookings(db.ctx(b), { page: 1, pageSize: 20 })).total).toBe(0);
    await expect(getMyBooking(db.ctx(b), mine.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelBooking(db.ctx(b), mine.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(payBooking(db.ctx(b), mine.id, CARD_OK)).rejects.toMatchObject({ code: "not_found" });
    await expect(getMyBooking(db.ctx(a), "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });

  it("quotes and refunds 70 % at 100 days, frees the seats and mails traveler and agency", async () => {
    const now = new Date();
    const launch = await makeLaunch(db, { date: new Date(now.getTime() + 100 * DAY), priceCents: 33_333 });
    const t = await makeTraveler(db);
    const b = await bookAndPay(db.ctx(t, now), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });
    expect(await quoteRefund(db.ctx(t, now), b.id)).toEqual({ refundPercent: 70, refundCents: 23_333 });
    const detail = await getMyBooking(db.ctx(t, now), b.id);
    expect(detail.launch.statusHistory.length).toBeGreaterThan(0);
    const cancelled = await cancelBooking(db.ctx(t, now), b.id);
    expect(cancelled).toMatchObject({ status: "cancelled", refundPercent: 70, refundCents: 23_333 });
    expect((await getLaunchDetail(db.ctx(null, now), { id: launch.id }))!.takenSeats).toEqual([]);
    const refunds = await db.db
      .select()
      .from(payments)
      .where(and(eq(payments.bookingId, b.id), eq(payments.kind, "refund")));
    expect(refunds).toMatchObject([{ amountCents: 23_333, status: "succeeded" }]);
    const mails = await db.db
      .select()
      .from(notifications)
      .where(eq(notifications.idempotencyKey, `agency_booking_cancelled:${b.id}`));
    expect(mails).toHaveLength(1);
    await expect(cancelBooking(db.ctx(t, now), b.id)).rejects.toMatchObject({ code: "conflict" });
    // Paying a cancelled booking is a conflict, not an expired hold.
    await expect(payBooking(db.ctx(t, now), b.id, CARD_OK)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses to cancel at a refund the traveler was not shown (the 365-day line passed)", async () => {
    const shown = new Date();
    const launch = await makeLaunch(db, { date: new Date(shown.getTime() + 365 * DAY + 60_000), priceCents: 10_000 });
    const t = await makeTraveler(db);
    const b = await bookAndPay(db.ctx(t, shown), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });
    expect(await quoteRefund(db.ctx(t, shown), b.id)).toEqual({ refundPercent: 90, refundCents: 9_000 });
    const twoMinutesLater = new Date(shown.getTime() + 120_000);
    await expect(cancelBooking(db.ctx(t, twoMinutesLater), b.id, { expectedRefundPercent: 90 })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("now 70 %"),
    });
    const [row] = await db.db.select().from(bookings).where(eq(bookings.id, b.id));
    expect(row.status).toBe("confirmed");
    expect(await cancelBooking(db.ctx(t, twoMinutesLater), b.id, { expectedRefundPercent: 70 })).toMatchObject({
      status: "cancelled",
      refundPercent: 70,
      refundCents: 7_000,
    });
  });

  it("refuses cancellation once the launch is successful or its date has passed", async () => {
    const now = new Date();
    const launch = await makeLaunch(db, { date: new Date(now.getTime() + 2 * DAY) });
    const t = await makeTraveler(db);
    const b = await bookAndPay(db.ctx(t, now), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });
    expect(await quoteRefund(db.ctx(t, now), b.id)).toEqual({ refundPercent: 0, refundCents: 0 });
    await expect(cancelBooking(db.ctx(t, new Date(now.getTime() + 3 * DAY)), b.id)).rejects.toMatchObject({
      code: "conflict",
    });
    await db.db.update(launches).set({ status: "successful" }).where(eq(launches.id, launch.id));
    await expect(cancelBooking(db.ctx(t, now), b.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(quoteRefund(db.ctx(t, now), b.id)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("catalogue", () => {
  it("filters, sorts and pages bookable launches", async () => {
    const agencyLaunch = await makeLaunch(db, {
      destination: "mars",
      priceCents: 500,
      capacity: 3,
      date: new Date("2031-01-10T10:00:00Z"),
    });
    const agencyId = agencyLaunch.agencyId;
    await makeLaunch(db, {
      agencyId,
      destination: "mars",
      priceCents: 900,
      capacity: 10,
      date: new Date("2031-02-10T10:00:00Z"),
    });
    await makeLaunch(db, {
      agencyId,
      destination: "moon",
      priceCents: 700,
      capacity: 5,
      date: new Date("2031-03-10T10:00:00Z"),
    });
    await makeLaunch(db, { agencyId, destination: "moon", status: "aborted", date: new Date("2031-03-11T10:00:00Z") });
    const q = (o: Record<string, string>) => listCatalogue(db.ctx(), catalogueQuerySchema.parse({ agencyId, ...o }));
    expect((await q({})).total).toBe(3);
    expect((await q({ destination: "mars" })).items.map((i) => i.pricePerSeatCents)).toEqual([500, 900]);
    expect((await q({ sort: "price", order: "desc" })).items.map((i) => i.pricePerSeatCents)).toEqual([900, 700, 500]);
    expect((await q({ sort: "seats" })).items.map((i) => i.seatsAvailable)).toEqual([3, 5, 10]);
    expect((await q({ minSeats: "5" })).total).toBe(2);
    expect((await q({ from: "2031-02-10", to: "2031-03-10" })).total).toBe(2);
    expect((await q({ minPriceCents: "600", maxPriceCents: "800" })).items.map((i) => i.pricePerSeatCents)).toEqual([
      700,
    ]);
    const page2 = await q({ pageSize: "2", page: "2" });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]).toMatchObject({
      agency: { id: agencyId },
      rocket: { name: expect.any(String) },
      slug: expect.any(String),
      capacity: 5,
    });
    const bySlug = await getLaunchDetail(db.ctx(), { slug: agencyLaunch.slug });
    expect(bySlug).toMatchObject({ id: agencyLaunch.id, minimumOccupancy: 1, takenSeats: [], bookable: true });
  });
});
