import { afterAll, beforeAll, expect, it } from "vitest";
import { notificationAttempts, notifications } from "@/db/schema";
import { seedNotifications } from "@/scripts/seed/notifications";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

it("seeds failed and retrying demo notifications once, however often it runs", async () => {
  const now = new Date("2026-11-25T12:00:00Z");
  await seedNotifications(db.ctx(null, now));
  await seedNotifications(db.ctx(null, now));
  const rows = await db.db.select().from(notifications);
  expect(rows.filter((r) => r.status === "failed")).toHaveLength(4);
  const retrying = rows.filter((r) => r.status === "pending");
  expect(retrying).toHaveLength(2);
  // Not due during the demo's first hour, so the dispatcher leaves them for IT to see.
  for (const r of retrying) expect(r.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
  expect(await db.db.select().from(notificationAttempts)).toHaveLength(4 * 5 + 2 * 2);
});
