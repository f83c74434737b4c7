import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBookingCalendar } from "@/lib/bookings/calendar";
import { getBookingReceipt } from "@/lib/bookings/receipt";
import { bookAndPay, cancelBooking, holdSeats } from "@/lib/bookings/service";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { agencyOwner } from "../payments/stripe-fixture";
import { CARD_OK, makeLaunch, makeTraveler, pax } from "./fixtures";

const DAY = 24 * 3600 * 1000;
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");
const field = (ics: string, name: string) =>
  unfold(ics)
    .find((l) => l.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe("booking receipt", () => {
  it("shows what was paid, then the refund and its date after a cancellation", async () => {
    const now = new Date();
    const launch = await makeLaunch(db, { priceCents: 200_000, date: new Date(now.getTime() + 400 * DAY) });
    const t = await makeTraveler(db, { name: "Ada Receipt" });
    const booked = await bookAndPay(db.ctx(t, now), {
      launchId: launch.id,
      seats: [3, 1],
      passengers: pax(2),
      cardNumber: CARD_OK,
    });
    const receipt = await getBookingReceipt(db.ctx(t, now), booked.id);
    expect(receipt).toMatchObject({
      reference: booked.reference,
      status: "confirmed",
      traveler: { name: "Ada Receipt", email: t.email },
      launch: { spaceport: "Cape Canaveral", status: "scheduled" },
      agency: { contactEmail: launch.agencyEmail },
      passengers: [
        { seat: 1, name: "Passenger 1" },
        { seat: 3, name: "Passenger 2" },
      ],
      paid: { amountCents: 400_000, cardLast4: "4242" },
      refund: null,
    });

    const later = new Date(now.getTime() + 2 * DAY);
    const cancelled = await cancelBooking(db.ctx(t, later), booked.id);
    expect(cancelled.refundCents).toBeGreaterThan(0);
    const after = await getBookingReceipt(db.ctx(t, later), booked.id);
    expect(after.status).toBe("cancelled");
    expect(after.paid.amountCents).toBe(400_000);
    expect(after.refund).toEqual({
      amountCents: cancelled.refundCents,
      percent: cancelled.refundPercent,
      date: later.toISOString(),
      pending: false,
    });
  });

  it("is a 409 for a hold and for a hold released unpaid, and a 404 for another traveler", async () => {
    const launch = await makeLaunch(db);
    const t = await makeTraveler(db);
    const held = await holdSeats(db.ctx(t), { launchId: launch.id, seatCount: 1 });
    await expect(getBookingReceipt(db.ctx(t), held.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("never paid"),
    });
    await expect(getBookingCalendar(db.ctx(t), held.id)).rejects.toMatchObject({ code: "conflict" });
    await cancelBooking(db.ctx(t), held.id);
    await expect(getBookingReceipt(db.ctx(t), held.id)).rejects.toMatchObject({ code: "conflict" });

    const paid = await bookAndPay(db.ctx(t), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });
    const other = await makeTraveler(db);
    await expect(getBookingReceipt(db.ctx(other), paid.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getBookingCalendar(db.ctx(other), paid.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("booking calendar file", () => {
  it("keeps its UID, follows a delay to the new date and raises SEQUENCE", async () => {
    const now = new Date();
    const first = new Date(Date.UTC(now.getUTCFullYear() + 1, 5, 1, 14, 30));
    const launch = await makeLaunch(db, {
      date: first,
      spaceport: "Kourou, French Guiana; pad 3",
      destination: "mars",
    });
    const t = await makeTraveler(db);
    const booked = await bookAndPay(db.ctx(t, now), { launchId: launch.id, seats: [2], cardNumber: CARD_OK });

    const before = await getBookingCalendar(db.ctx(t, now), booked.id);
    expect(before.reference).toBe(booked.reference);
    const ics = before.ics;
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(field(ics, "METHOD")).toBe("PUBLISH");
    expect(field(ics, "UID")).toBe(`booking-${booked.id}@astrobookings`);
    expect(field(ics, "SEQUENCE")).toBe("0");
    expect(field(ics, "DTSTART")).toBe(
      first
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );
    expect(field(ics, "LOCATION")).toBe("Kourou\\, French Guiana\\; pad 3");
    expect(field(ics, "SUMMARY")).toMatch(/^Mars launch on Rocket /);
    expect(field(ics, "DESCRIPTION")).toContain(`Booking ${booked.reference}`);
    expect(field(ics, "STATUS")).toBe("CONFIRMED");

    const newDate = new Date(first.getTime() + 30 * DAY);
    await changeLaunchStatus(db.ctx(await agencyOwner(db, launch.agencyId), now), launch.id, {
      status: "delayed",
      date: newDate,
      reason: "Weather",
    });
    const after = (await getBookingCalendar(db.ctx(t, now), booked.id)).ics;
    expect(field(after, "UID")).toBe(field(ics, "UID"));
    expect(field(after, "SEQUENCE")).toBe("1");
    expect(field(after, "DTSTART")).toBe(
      newDate
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, ""),
    );
  });
});
