import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bookings, payments } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { DEMO_USERS } from "@/db/seed/users";
import { findUserByEmail } from "@/lib/auth/users";
import { confirmedTripCount, isVip } from "@/lib/bookings/vip";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

it("seeds a VIP with 2 confirmed trips and a traveler with one, paid, idempotently", async () => {
  const ctx = { ...db.ctx(), origin: "seed" as const };
  await seedDemo(ctx);
  await seedDemo(ctx);
  const vip = (await findUserByEmail(ctx, DEMO_USERS.vip.email))!;
  const traveler = (await findUserByEmail(ctx, DEMO_USERS.traveler.email))!;
  expect(await confirmedTripCount(ctx, vip.id)).toBe(2);
  expect(await isVip(ctx, vip.id)).toBe(true);
  expect(await confirmedTripCount(ctx, traveler.id)).toBe(1);
  const all = await db.db.select().from(bookings);
  expect(all).toHaveLength(3);
  const charges = await db.db.select().from(payments).where(eq(payments.kind, "charge"));
  expect(charges.map((c) => c.bookingId).sort()).toEqual(all.map((b) => b.id).sort());
});
