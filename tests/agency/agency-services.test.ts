import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, bookingSeats, changeLog, launches, notifications, payments } from "@/db/schema";
import { getAgencyProfile, updateAgencyProfile } from "@/lib/agencies/profile";
import { agencyProfileSchema } from "@/lib/agencies/profile-schema";
import { createRocket, deleteRocket, getRocket, listRockets, updateRocket } from "@/lib/agencies/rockets";
import type { Actor } from "@/lib/context";
import { bookingsReport, bookingsReportCsv } from "@/lib/launches/bookings-report";
import { changeLaunchStatus } from "@/lib/launches/change-status";
import { getAgencyLaunch, listAgencyLaunches } from "@/lib/launches/launch-queries";
import { launchListQuerySchema } from "@/lib/launches/schemas";
import { scheduleLaunch } from "@/lib/launches/schedule-launch";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeAgency, makeConfirmedBooking, makeTraveler } from "./fixtures";

const H = 3600_000;
const D = 24 * H;
const T0 = new Date("2027-01-01T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let db: TestDb;
let orbit: { actor: Actor; agencyId: string };
let luna: { actor: Actor; agencyId: string };
const ctxOf = (actor: Actor | null, now = T0) => db.ctx(actor, now);
const list = (actor: Actor, q: Record<string, string> = {}) =>
  listAgencyLaunches(ctxOf(actor), launchListQuerySchema.parse(q));

beforeAll(async () => {
  db = await createTestDb();
  orbit = await makeAgency(db, "Orbit Test");
  luna = await makeAgency(db, "Luna Test");
});
afterAll(async () => {
  await db?.destroy();
});

describe("profile", () => {
  it("reads and replaces the agency's own profile; a name taken by another agency is a field error", async () => {
    expect(await getAgencyProfile(ctxOf(orbit.actor))).toMatchObject({ name: "Orbit Test", country: "US" });
    const input = agencyProfileSchema.parse({
      name: "Orbit Test Renamed",
      contactEmail: "Hello@Orbit.test",
      country: "ES",
      taxId: "12345678Z",
      website: "https://orbit.test",
    });
    const updated = await updateAgencyProfile(ctxOf(orbit.actor), input);
    expect(updated).toMatchObject({
      name: "Orbit Test Renamed",
      contactEmail: "hello@orbit.test",
      country: "ES",
      website: "https://orbit.test",
      description: null,
    });
    await expect(updateAgencyProfile(ctxOf(orbit.actor), { ...input, name: "luna test" })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { name: expect.any(Array) },
    });
  });
  it("refuses other roles", async () => {
    const traveler = await makeTraveler(db);
    await expect(getAgencyProfile(ctxOf(traveler))).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAgencyProfile(ctxOf(null))).rejects.toMatchObject({ code: "unauthorized" });
  });
});

describe("rockets", () => {
  it("creates, lists, edits; names are unique per agency, case-insensitively", async () => {
    const r = await createRocket(ctxOf(orbit.actor), { name: "Falcon Test", capacity: 10, range: "moon" });
    expect(r).toMatchObject({ name: "Falcon Test", capacity: 10, range: "moon" });
    await expect(
      createRocket(ctxOf(orbit.actor), { name: "falcon TEST", capacity: 5, range: "mars" }),
    ).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { name: expect.any(Array) } });
    // Another agency may use the same name.
    await expect(
      createRocket(ctxOf(luna.actor), { name: "Falcon Test", capacity: 5, range: "mars" }),
    ).resolves.toMatchObject({ name: "Falcon Test" });
    const page = await listRockets(ctxOf(orbit.actor));
    expect(page.items.map((x) => x.name)).toEqual(["Falcon Test"]);
    expect(await updateRocket(ctxOf(orbit.actor), r.id, { capacity: 12 })).toMatchObject({ capacity: 12 });
  });

  it("another agency's rocket is not found, for every operation", async () => {
    const r = await createRocket(ctxOf(orbit.actor), { name: "Private One", capacity: 4, range: "suborbital" });
    await expect(getRocket(ctxOf(luna.actor), r.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateRocket(ctxOf(luna.actor), r.id, { capacity: 5 })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteRocket(ctxOf(luna.actor), r.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRocket(ctxOf(orbit.actor), "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    await deleteRocket(ctxOf(orbit.actor), r.id);
    await expect(getRocket(ctxOf(orbit.actor), r.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses deleting a rocket with a scheduled launch, and a capacity below the seats sold", async () => {
    const r = await createRocket(ctxOf(orbit.actor), { name: "Busy Rocket", capacity: 10, range: "low_earth" });
    const launch = await scheduleLaunch(ctxOf(orbit.actor), {
      rocketId: r.id,
      spaceport: "Kourou",
      destination: "leo",
      date: at(30 * D),
      pricePerSeatCents: 5000,
    });
    await expect(deleteRocket(ctxOf(orbit.actor), r.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/scheduled or delayed launch/),
    });
    const traveler = await makeTraveler(db);
    await makeConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: traveler.id,
      seats: [1, 2, 7],
      amountCents: 15000,
      at: T0,
    });
    await expect(updateRocket(ctxOf(orbit.actor), r.id, { capacity: 6 })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { capacity: [expect.stringMatching(/cannot drop below 7/)] },
    });
    await expect(updateRocket(ctxOf(orbit.actor), r.id, { range: "suborbital" })).rejects.toMatchObject({
      fieldErrors: { range: expect.any(Array) },
    });
    // Capacity 7 is fine and pulls the minimum occupancy (default 6) down with it only when needed.
    await updateRocket(ctxOf(orbit.actor), r.id, { capacity: 7 });
    expect((await getAgencyLaunch(ctxOf(orbit.actor), launch.id)).minimumOccupancy).toBe(6);
  });
});

describe("scheduling", () => {
  it("checks range, 24 h lead, minimum occupancy and the 7-day gap per rocket, with field errors", async () => {
    const r = await createRocket(ctxOf(orbit.actor), { name: "Gap Rocket", capacity: 5, range: "low_earth" });
    const base = {
      rocketId: r.id,
      spaceport: "Cape Canaveral",
      destination: "iss" as const,
      pricePerSeatCents: 100_000,
    };
    await expect(
      scheduleLaunch(ctxOf(orbit.actor), { ...base, destination: "moon", date: at(10 * D) }),
    ).rejects.toMatchObject({ fieldErrors: { destination: expect.any(Array) } });
    await expect(scheduleLaunch(ctxOf(orbit.actor), { ...base, date: at(24 * H - 1) })).rejects.toMatchObject({
      fieldErrors: { date: [expect.stringMatching(/24 hours/)] },
    });
    await expect(
      scheduleLaunch(ctxOf(orbit.actor), { ...base, date: at(10 * D), minimumOccupancy: 6 }),
    ).rejects.toMatchObject({ fieldErrors: { minimumOccupancy: expect.any(Array) } });
    const first = await scheduleLaunch(ctxOf(orbit.actor), { ...base, date: at(24 * H) });
    expect(first).toMatchObject({
      status: "scheduled",
      minimumOccupancy: 3,
      capacity: 5,
      confirmedSeats: 0,
      viable: false,
      title: "ISS · Gap Rocket · Cape Canaveral",
    });
    expect(first.slug).toMatch(/^2027-01-02-iss-gap-rocket-cape-canaveral-[0-9a-f]{6}$/);
    await expect(scheduleLaunch(ctxOf(orbit.actor), { ...base, date: at(8 * D - 1) })).rejects.toMatchObject({
      fieldErrors: { date: [expect.stringMatching(/7 days apart/)] },
    });
    await expect(scheduleLaunch(ctxOf(orbit.actor), { ...base, date: at(8 * D) })).resolves.toMatchObject({
      status: "scheduled",
    });
    // Another agency cannot schedule on this rocket.
    await expect(scheduleLaunch(ctxOf(luna.actor), { ...base, date: at(40 * D) })).rejects.toMatchObject({
      code: "not_found",
    });
    const detail = await getAgencyLaunch(ctxOf(orbit.actor), first.id);
    expect(detail.statusHistory).toMatchObject([
      { fromStatus: null, toStatus: "scheduled", changedBy: { id: orbit.actor.id } },
    ]);
  });

  it("alerts every VIP traveler on the vip queue, with the SEO path", async () => {
    const vip = await makeTraveler(db, "Vera Vip");
    const r = await createRocket(ctxOf(luna.actor), { name: "Vip Rocket", capacity: 8, range: "mars" });
    const old1 = await scheduleLaunch(ctxOf(luna.actor), {
      rocketId: r.id,
      spaceport: "Sevilla",
      destination: "mars",
      date: at(100 * D),
      pricePerSeatCents: 1,
    });
    const old2 = await scheduleLaunch(ctxOf(luna.actor), {
      rocketId: r.id,
      spaceport: "Sevilla",
      destination: "mars",
      date: at(200 * D),
      pricePerSeatCents: 1,
    });
    await makeConfirmedBooking(db, { launchId: old1.id, travelerId: vip.id, seats: [1], amountCents: 1, at: T0 });
    await makeConfirmedBooking(db, { launchId: old2.id, travelerId: vip.id, seats: [1], amountCents: 1, at: T0 });
    const launch = await scheduleLaunch(ctxOf(luna.actor), {
      rocketId: r.id,
      spaceport: "Sevilla",
      destination: "moon",
      date: at(300 * D),
      pricePerSeatCents: 250_000,
    });
    const rows = await db.db.select().from(notifications).where(eq(notifications.template, "vip_new_launch"));
    const mine = rows.filter((n) => (n.payload as { path: string }).path === launch.path);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ queue: "vip", recipient: vip.email, recipientUserId: vip.id });
    expect(mine[0].payload).toMatchObject({
      travelerName: "Vera Vip",
      agencyName: "Luna Test",
      pricePerSeatCents: 250_000,
      launchTitle: "Moon · Vip Rocket · Sevilla",
    });
  });
});

describe("list", () => {
  it("shows occupancy and viability; sorts, filters, paginates; only the agency's own launches", async () => {
    const agency = await makeAgency(db, "List Agency");
    const empty = await list(agency.actor);
    expect(empty).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const r1 = await createRocket(ctxOf(agency.actor), { name: "A", capacity: 10, range: "mars" });
    const r2 = await createRocket(ctxOf(agency.actor), { name: "B", capacity: 4, range: "mars" });
    const l1 = await scheduleLaunch(ctxOf(agency.actor), {
      rocketId: r1.id,
      spaceport: "X",
      destination: "mars",
      date: at(20 * D),
      pricePerSeatCents: 10,
    });
    const l2 = await scheduleLaunch(ctxOf(agency.actor), {
      rocketId: r2.id,
      spaceport: "Y",
      destination: "moon",
      date: at(10 * D),
      pricePerSeatCents: 10,
      minimumOccupancy: 1,
    });
    const t = await makeTraveler(db);
    await makeConfirmedBooking(db, { launchId: l1.id, travelerId: t.id, seats: [1, 2, 3], amountCents: 30, at: T0 });
    await makeConfirmedBooking(db, { launchId: l2.id, travelerId: t.id, seats: [1, 2], amountCents: 20, at: T0 });
    const byDate = await list(agency.actor);
    expect(byDate.items.map((l) => [l.id, l.confirmedSeats, l.occupancyPercent, l.viable])).toEqual([
      [l2.id, 2, 50, true],
      [l1.id, 3, 30, false],
    ]);
    expect((await list(agency.actor, { sort: "occupancy" })).items.map((l) => l.id)).toEqual([l2.id, l1.id]);
    expect((await list(agency.actor, { sort: "occupancy", order: "asc" })).items.map((l) => l.id)).toEqual([
      l1.id,
      l2.id,
    ]);
    expect((await list(agency.actor, { viable: "true" })).items.map((l) => l.id)).toEqual([l2.id]);
    expect((await list(agency.actor, { viable: "false" })).items.map((l) => l.id)).toEqual([l1.id]);
    expect((await list(agency.actor, { status: "delayed" })).total).toBe(0);
    const p2 = await list(agency.actor, { pageSize: "1", page: "2" });
    expect(p2).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: l1.id }] });
    await expect(getAgencyLaunch(ctxOf(orbit.actor), l1.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("status changes", () => {
  async function freshLaunch(capacity = 6) {
    const r = await createRocket(ctxOf(orbit.actor), {
      name: `Status ${Math.random().toString(36).slice(2, 8)}`,
      capacity,
      range: "moon",
    });
    return scheduleLaunch(ctxOf(orbit.actor), {
      rocketId: r.id,
      spaceport: "Cape Canaveral",
      destination: "moon",
      date: at(30 * D),
      pricePerSeatCents: 50_000,
    });
  }

  it("delays with a later date, records history and notifies the agency and confirmed travelers in the same transaction", async () => {
    const launch = await freshLaunch();
    const traveler = await makeTraveler(db, "Delia Delay");
    const booking = await makeConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: traveler.id,
      seats: [3],
      amountCents: 50_000,
      at: T0,
    });
    const now = at(D);
    await expect(changeLaunchStatus(ctxOf(orbit.actor, now), launch.id, { status: "delayed" })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { date: expect.any(Array) },
    });
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, now), launch.id, { status: "delayed", date: at(29 * D) }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/later than the current/) });
    const delayed = await changeLaunchStatus(ctxOf(orbit.actor, now), launch.id, {
      status: "delayed",
      date: at(40 * D),
      reason: "Weather",
    });
    expect(delayed).toMatchObject({ status: "delayed", date: at(40 * D).toISOString() });
    expect(delayed.statusHistory.at(-1)).toMatchObject({
      fromStatus: "scheduled",
      toStatus: "delayed",
      oldDate: at(30 * D).toISOString(),
      newDate: at(40 * D).toISOString(),
      reason: "Weather",
      changedBy: { id: orbit.actor.id },
      changedAt: now.toISOString(),
    });
    const notes = await db.db.select().from(notifications);
    expect(
      notes.find((n) => n.template === "launch_status_traveler" && n.recipientUserId === traveler.id)?.payload,
    ).toMatchObject({
      status: "delayed",
      reference: booking.reference,
      reason: "Weather",
      path: `/traveler/bookings/${booking.id}`,
    });
    expect(
      notes.filter(
        (n) =>
          n.template === "agency_launch_status" &&
          (n.payload as { path: string }).path === `/agency/launches/${launch.id}`,
      ),
    ).toHaveLength(1);
    // Delay may repeat; the change log records the origin.
    await changeLaunchStatus(ctxOf(orbit.actor, now), launch.id, { status: "delayed", date: at(41 * D) });
    const log = await db.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.tableName, "launches"), eq(changeLog.rowId, launch.id)));
    expect(log.map((l) => l.origin)).toContain("web");
    // Another agency: not found.
    await expect(changeLaunchStatus(ctxOf(luna.actor, now), launch.id, { status: "aborted" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("successful/failed only after the date; final statuses stay final", async () => {
    const launch = await freshLaunch();
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, at(30 * D - 1)), launch.id, { status: "successful" }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
      message: expect.stringMatching(/once its launch date has passed/),
    });
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, at(30 * D)), launch.id, { status: "aborted" }),
    ).rejects.toMatchObject({ code: "invalid_transition", message: expect.stringMatching(/before its launch date/) });
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, at(31 * D)), launch.id, { status: "failed" }),
    ).resolves.toMatchObject({ status: "failed" });
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, at(32 * D)), launch.id, { status: "successful" }),
    ).rejects.toMatchObject({ code: "invalid_transition", message: expect.stringMatching(/already failed/) });
  });

  it("abort cancels every confirmed booking with a 100 % refund and frees the seats, in the same transaction", async () => {
    const launch = await freshLaunch();
    const t1 = await makeTraveler(db, "Ana Abort");
    const t2 = await makeTraveler(db, "Ben Abort");
    const b1 = await makeConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: t1.id,
      seats: [1, 2],
      amountCents: 100_000,
      at: T0,
    });
    const b2 = await makeConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: t2.id,
      seats: [5],
      amountCents: 50_000,
      at: T0,
    });
    const aborted = await changeLaunchStatus(ctxOf(orbit.actor, at(2 * D)), launch.id, {
      status: "aborted",
      reason: "Engine anomaly",
    });
    expect(aborted).toMatchObject({ status: "aborted", abortReason: "Engine anomaly", confirmedSeats: 0 });
    const rows = await db.db.select().from(bookings).where(eq(bookings.launchId, launch.id));
    expect(rows.map((b) => [b.id, b.status, b.refundPercent, b.refundCents]).sort()).toEqual(
      [
        [b1.id, "cancelled", 100, 100_000],
        [b2.id, "cancelled", 100, 50_000],
      ].sort(),
    );
    const live = await db.db
      .select()
      .from(bookingSeats)
      .where(and(eq(bookingSeats.launchId, launch.id), eq(bookingSeats.live, true)));
    expect(live).toHaveLength(0);
    const refunds = await db.db.select().from(payments).where(eq(payments.kind, "refund"));
    expect(
      refunds
        .filter((p) => [b1.id, b2.id].includes(p.bookingId))
        .map((p) => p.amountCents)
        .sort(),
    ).toEqual([100_000, 50_000]);
    const notes = await db.db.select().from(notifications).where(eq(notifications.template, "launch_status_traveler"));
    expect(
      notes
        .filter((n) => [t1.id, t2.id].includes(n.recipientUserId ?? ""))
        .map((n) => (n.payload as { status: string }).status),
    ).toEqual(["aborted", "aborted"]);
  });

  it("a failure inside the change rolls everything back (no history, no notification)", async () => {
    const launch = await freshLaunch();
    const before = (await db.db.select().from(notifications)).length;
    await expect(
      changeLaunchStatus(ctxOf(orbit.actor, at(D)), launch.id, { status: "successful" }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    expect((await db.db.select().from(notifications)).length).toBe(before);
    expect((await getAgencyLaunch(ctxOf(orbit.actor), launch.id)).statusHistory).toHaveLength(1);
  });
});

describe("bookings report", () => {
  it("only for successful launches; rows, totals, revenue and CSV with BOM and quoting", async () => {
    const r = await createRocket(ctxOf(orbit.actor), { name: "Report Rocket", capacity: 10, range: "mars" });
    const launch = await scheduleLaunch(ctxOf(orbit.actor), {
      rocketId: r.id,
      spaceport: 'Cape, "Canaveral"',
      destination: "mars",
      date: at(5 * D),
      pricePerSeatCents: 1000,
    });
    const t = await makeTraveler(db, "José Núñez");
    await makeConfirmedBooking(db, { launchId: launch.id, travelerId: t.id, seats: [1, 2], amountCents: 2000, at: T0 });
    const cancelled = await makeConfirmedBooking(db, {
      launchId: launch.id,
      travelerId: t.id,
      seats: [3],
      amountCents: 1000,
      at: T0,
    });
    await db.db
      .update(bookings)
      .set({ status: "cancelled", refundCents: 700, refundPercent: 70 })
      .where(eq(bookings.id, cancelled.id));
    await expect(bookingsReport(ctxOf(orbit.actor), launch.id)).rejects.toMatchObject({ code: "conflict" });
    await changeLaunchStatus(ctxOf(orbit.actor, at(6 * D)), launch.id, { status: "successful" });
    await expect(bookingsReport(ctxOf(luna.actor), launch.id)).rejects.toMatchObject({ code: "not_found" });
    const report = await bookingsReport(ctxOf(orbit.actor), launch.id);
    expect(report.rows).toHaveLength(2);
    expect(report.rows.find((row) => row.status === "confirmed")).toMatchObject({
      travelerName: "José Núñez",
      taxId: "12345678Z",
      seats: [1, 2],
      amountCents: 2000,
      refundCents: 0,
    });
    expect(report.totals).toEqual({
      bookings: 2,
      passengers: 3,
      seats: 3,
      amountCents: 3000,
      refundCents: 700,
      revenueCents: 2300,
    });
    const csv = bookingsReportCsv(report);
    expect(csv.startsWith("\uFEFFreference,status,")).toBe(true);
    expect(csv).toContain("José Núñez");
    expect(csv).toContain("Passenger 1 Núñez; Passenger 2 Núñez");
    expect(csv.trimEnd().split("\r\n").at(-1)).toBe("TOTAL,,,,,3,3,3000,700,2300,30.00,7.00,23.00");
    const withComma = bookingsReportCsv({ ...report, rows: [{ ...report.rows[0], travelerName: 'Ann "Ace", Jr' }] });
    expect(withComma).toContain('"Ann ""Ace"", Jr"');
  });
});

describe("data stays the agency's own", () => {
  it("another agency cannot list or read launches", async () => {
    const mine = await list(orbit.actor, { pageSize: "100" });
    const theirs = await list(luna.actor, { pageSize: "100" });
    const ids = new Set(theirs.items.map((l) => l.id));
    expect(mine.items.some((l) => ids.has(l.id))).toBe(false);
    const rows = await db.db.select({ agencyId: launches.agencyId }).from(launches);
    expect(rows.length).toBeGreaterThan(mine.total);
  });
});
