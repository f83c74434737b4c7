import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeLog, users } from "@/db/schema";
import { insertUser } from "@/lib/auth/users";
import { withTransaction } from "@/lib/context";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("change log", () => {
  it("records every write on a domain table with its origin, actor and request id, without secrets", async () => {
    const ctx = { ...db.ctx(), origin: "cli" as const, requestId: "req-change-log-1" };
    const user = await withTransaction(ctx, (tx) =>
      insertUser(tx, {
        email: "Log@Example.com",
        password: "correct horse battery",
        name: "Log Tester",
        role: "employee",
      }),
    );
    await withTransaction(
      { ...ctx, origin: "web", actor: { id: user.id, role: "employee", email: user.email, name: user.name } },
      (tx) => tx.db.update(users).set({ name: "Renamed" }).where(eq(users.id, user.id)),
    );
    const rows = await db.db.select().from(changeLog).where(eq(changeLog.rowId, user.id)).orderBy(changeLog.id);
    expect(rows.map((r) => [r.op, r.origin])).toEqual([
      ["insert", "cli"],
      ["update", "web"],
    ]);
    expect(rows[0].requestId).toBe("req-change-log-1");
    expect(rows[1].actorId).toBe(user.id);
    expect(rows[0].data).not.toHaveProperty("password_hash");
    expect(rows[1].data).toMatchObject({ name: "Renamed", email: "log@example.com" });
  });

  it("a taken email is refused case-insensitively", async () => {
    const ctx = db.ctx();
    await expect(
      withTransaction(ctx, (tx) =>
        insertUser(tx, { email: "LOG@example.com", password: "another password 1", name: "Dup", role: "traveler" }),
      ),
    ).rejects.toMatchObject({ code: "email_taken" });
  });
});
