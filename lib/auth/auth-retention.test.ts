import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrationAttempts, sessions, signInAttempts, users } from "@/db/schema";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { pruneAuthRecords } from "./auth-retention-job";
import { AUTH_RECORDS_RETENTION_HOURS } from "./rules";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const HOUR = 3600 * 1000;

describe("auth retention", () => {
  it("prunes attempts and dead sessions past the retention, and nothing a limiter or a live session needs", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const old = new Date(now.getTime() - AUTH_RECORDS_RETENTION_HOURS * HOUR - 1000);
    const recent = new Date(now.getTime() - HOUR);
    const [u] = await db.db
      .insert(users)
      .values({ email: "retention@example.test", passwordHash: "x", name: "R", role: "traveler" })
      .returning();
    await db.db.insert(signInAttempts).values([
      { email: "a@example.test", ip: "10.0.0.1", success: false, createdAt: old },
      { email: "a@example.test", ip: "10.0.0.1", success: false, createdAt: recent },
    ]);
    await db.db.insert(registrationAttempts).values([
      { ip: "10.0.0.1", createdAt: old },
      { ip: "10.0.0.1", createdAt: recent },
    ]);
    const [, , live] = await db.db
      .insert(sessions)
      .values([
        { userId: u.id, kind: "web", expiresAt: old },
        { userId: u.id, kind: "api", expiresAt: new Date(now.getTime() + HOUR), revokedAt: old },
        { userId: u.id, kind: "web", expiresAt: new Date(now.getTime() + HOUR) },
        { userId: u.id, kind: "web", expiresAt: new Date(now.getTime() + HOUR), revokedAt: recent },
      ])
      .returning();

    expect(await pruneAuthRecords(db.ctx(null, now))).toEqual({
      signInAttempts: 1,
      registrationAttempts: 1,
      sessions: 2,
    });
    expect(await db.db.select().from(signInAttempts)).toHaveLength(1);
    expect(await db.db.select().from(registrationAttempts)).toHaveLength(1);
    const left = await db.db.select().from(sessions);
    expect(left.map((s) => s.id)).toContain(live.id);
    expect(left).toHaveLength(2);
  });
});
