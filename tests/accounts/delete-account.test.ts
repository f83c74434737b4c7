import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { agencies, bookings, bookingSeats, mailbox, notifications, payments, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { deleteAccount, deletionPreview } from "@/lib/auth/delete-account";
import { exportMyData } from "@/lib/auth/export-data";
import { insertUser } from "@/lib/auth/users";
import { bookAndPay } from "@/lib/bookings/service";
import type { Actor } from "@/lib/context";
import { createContext } from "@/lib/context";
import { bookingsReport } from "@/lib/launches/bookings-report";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { mailboxTransport } from "@/lib/notifications/transports/mailbox";
import { startSync } from "@/lib/sync/jobs";
import { runSyncWorker } from "@/lib/sync/worker";
import { CARD_OK, insertConfirmedBooking, makeLaunch } from "../bookings/fixtures";
import { freshClient, PASSWORD, uniqueEmail } from "../helpers/accounts";
import { createPair, type Pair } from "../sync/fixtures";

let pair: Pair;
const NOW = new Date();
const DAY = 86_400_000;
beforeAll(async () => {
  pair = await createPair();
});
afterAll(() => pair.destroy());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("deleting an account", () => {
  it("refunds the future booking under the policy, keeps every money record, erases him everywhere (target too)", async () => {
    const db = pair.primary;
    const email = uniqueEmail("leaving");
    const row = await insertUser(db.ctx(null, NOW), {
      email,
      password: PASSWORD,
      name: "Lena Leaving",
      role: "traveler",
      emailVerified: true,
      phone: "+34612345678",
      address: "Calle Mayor 1, Madrid",
      country: "ES",
      taxId: "12345678Z",
      dateOfBirth: "1990-04-12",
    });
    const me: Actor = { id: row.id, role: "traveler", email: row.email, name: row.name };
    // A paid booking 400 days ahead (90 % back) and a past flown one (kept as it is).
    const future = await makeLaunch(db, { date: new Date(NOW.getTime() + 400 * DAY), priceCents: 100_000 });
    const booked = await bookAndPay(db.ctx(me, NOW), {
      launchId: future.id,
      seatCount: 1,
      passengers: [{ name: "Lena Leaving", email, dateOfBirth: "1990-04-12" }],
      cardNumber: CARD_OK,
      acceptedRefundTerms: true,
    });
    const flown = await makeLaunch(db, {
      date: new Date(NOW.getTime() - 30 * DAY),
      status: "successful",
      priceCents: 50_000,
    });
    await insertConfirmedBooking(db, { launchId: flown.id, travelerId: me.id, seats: [1], amountCents: 50_000 });
    await dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: NOW }), {
      transport: mailboxTransport(),
      appUrl: "https://app.astro.test",
      from: "no-reply@astro.test",
    });
    await startSync(pair.ctx(NOW), { datasets: "all", mode: "incremental" });
    await runSyncWorker(pair.ctx(NOW), { target: pair.target, workerId: "w", maxBatches: 1000 });

    const preview = await deletionPreview(db.ctx(me, NOW));
    expect(preview.cancellations).toEqual([
      expect.objectContaining({ reference: booked.reference, refundPercent: 90, refundCents: 90_000 }),
    ]);
    expect(await codeOf(deleteAccount(db.ctx(me, NOW), { password: "not-my-password" }, freshClient()))).toBe(
      "validation_failed",
    );
    await deleteAccount(db.ctx(me, NOW), { password: PASSWORD }, freshClient());

    // Money: the refund exists through the provider; charges and refunds are all kept.
    const money = await db.db.select().from(payments).where(eq(payments.bookingId, booked.id));
    expect(money.map((p) => [p.kind, p.amountCents]).sort()).toEqual([
      ["charge", 100_000],
      ["refund", 90_000],
    ]);
    const [cancelled] = await db.db.select().from(bookings).where(eq(bookings.id, booked.id));
    expect(cancelled).toMatchObject({ status: "cancelled", refundCents: 90_000, refundPercent: 90 });

    // The flown launch's report still adds up, naming the anonymised account.
    const [agency] = await db.db.select().from(agencies).where(eq(agencies.id, flown.agencyId));
    const [agencyUser] = await db.db.select().from(users).where(eq(users.id, agency.userId));
    const report = await bookingsReport(
      db.ctx({ id: agencyUser.id, role: "agency", email: agencyUser.email, name: agencyUser.name }, NOW),
      flown.id,
    );
    expect(report.rows[0].travelerName).toBe("Deleted user");
    expect(report.totals.revenueCents).toBe(50_000);
    const [{ charged, refunded }] = rowsOf<{ charged: number; refunded: number }>(
      await db.db.execute(sql`
        select coalesce(sum(p.amount_cents) filter (where p.kind = 'charge'), 0)::int as charged,
               coalesce(sum(p.amount_cents) filter (where p.kind = 'refund'), 0)::int as refunded
        from payments p join bookings b on b.id = p.booking_id where b.traveler_id = ${me.id}`),
    );
    expect(charged - refunded).toBe(150_000 - 90_000);

    // No personal data left: users, passengers, the outbox and the mailbox.
    const personal = ["Lena", email, "+34612345678", "12345678Z", "Calle Mayor", "1990-04-12"];
    const [user] = await db.db.select().from(users).where(eq(users.id, me.id));
    const seats = await db.db
      .select()
      .from(bookingSeats)
      .where(
        inArray(
          bookingSeats.bookingId,
          db.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.travelerId, me.id)),
        ),
      );
    const mails = await db.db.select().from(notifications).where(eq(notifications.recipientUserId, me.id));
    const stored = await db.db.select().from(mailbox);
    for (const text of [JSON.stringify(user), JSON.stringify(seats), JSON.stringify(mails), JSON.stringify(stored)]) {
      for (const value of personal) expect(text).not.toContain(value);
    }
    expect(mails.length).toBeGreaterThan(0);
    expect(user).toMatchObject({ name: "Deleted user", phone: null, taxId: null, dateOfBirth: null });
    expect(await codeOf(authenticate(db.ctx(null, NOW), { email, password: PASSWORD, ip: "7.7.7.7" }, "web"))).toBe(
      "invalid_credentials",
    );

    // The next sync carries the erasure to the target.
    await startSync(pair.ctx(NOW), { datasets: "all", mode: "incremental" });
    await runSyncWorker(pair.ctx(NOW), { target: pair.target, workerId: "w", maxBatches: 1000 });
    const targetUsers = rowsOf(await pair.targetDb.db.execute(sql`select * from users where id = ${me.id}`));
    const targetSeats = rowsOf(
      await pair.targetDb.db.execute(
        sql`select * from booking_seats where booking_id in (select id from bookings where traveler_id = ${me.id})`,
      ),
    );
    expect(targetUsers).toHaveLength(1);
    expect(targetSeats.length).toBeGreaterThan(0);
    for (const value of personal) expect(JSON.stringify([targetUsers, targetSeats])).not.toContain(value);
  });

  it("an agency with a scheduled launch cannot delete itself (409)", async () => {
    const db = pair.primary;
    const launch = await makeLaunch(db, { date: new Date(NOW.getTime() + 100 * DAY) });
    const [agency] = await db.db.select().from(agencies).where(eq(agencies.id, launch.agencyId));
    await db.db
      .update(users)
      .set({
        passwordHash: (
          await insertUser(db.ctx(null, NOW), {
            email: uniqueEmail("tmp"),
            password: PASSWORD,
            name: "Tmp",
            role: "traveler",
          })
        ).passwordHash,
      })
      .where(eq(users.id, agency.userId));
    const [owner] = await db.db.select().from(users).where(eq(users.id, agency.userId));
    const actor: Actor = { id: owner.id, role: "agency", email: owner.email, name: owner.name };
    expect((await deletionPreview(db.ctx(actor, NOW))).blockedBy).toMatch(/scheduled or delayed/);
    expect(await codeOf(deleteAccount(db.ctx(actor, NOW), { password: PASSWORD }, freshClient()))).toBe("conflict");
  });

  it("the export holds his data and nothing of others or secrets", async () => {
    const db = pair.primary;
    const email = uniqueEmail("exporter");
    const row = await insertUser(db.ctx(null, NOW), {
      email,
      password: PASSWORD,
      name: "Ed Export",
      role: "traveler",
      phone: "+34612345678",
      address: "Calle Sol 2",
      country: "ES",
      taxId: "12345678Z",
      dateOfBirth: "1985-02-03",
    });
    const me: Actor = { id: row.id, role: "traveler", email: row.email, name: row.name };
    const launch = await makeLaunch(db, { date: new Date(NOW.getTime() + 200 * DAY) });
    const other = await insertUser(db.ctx(null, NOW), {
      email: uniqueEmail("other"),
      password: PASSWORD,
      name: "Olga Other",
      role: "traveler",
    });
    await insertConfirmedBooking(db, { launchId: launch.id, travelerId: other.id, seats: [5], amountCents: 1_000 });
    const mine = await bookAndPay(db.ctx(me, NOW), {
      launchId: launch.id,
      seatCount: 2,
      passengers: [
        { name: "Ed Export", email, dateOfBirth: "1985-02-03" },
        { name: "Pia Partner", email: "pia@example.test", dateOfBirth: "1987-07-07" },
      ],
      cardNumber: CARD_OK,
      acceptedRefundTerms: true,
    });
    const data = await exportMyData(db.ctx(me, NOW));
    expect(data.profile).toMatchObject({ email, name: "Ed Export", taxId: "12345678Z", dateOfBirth: "1985-02-03" });
    expect(data.bookings.map((b) => b.reference)).toEqual([mine.reference]);
    expect(data.bookings[0].passengers.map((p) => p.name).sort()).toEqual(["Ed Export", "Pia Partner"]);
    expect(data.payments).toHaveLength(1);
    expect(data.notifications.some((n) => n.template === "booking_confirmed")).toBe(true);
    const text = JSON.stringify(data);
    expect(text).not.toContain("Olga Other");
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(row.passwordHash);
    expect(text).not.toMatch(/passwordHash|sealedToken|tokenHash|\$argon2/);
  });
});
