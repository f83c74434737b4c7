// GET /api/v1/it/logs pagination, the API's list convention: ?page=1&pageSize=20 (max 100) →
// {items, total, page, pageSize}, plus the keyset cursor as an added field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityLog } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { listLogs, logListQuerySchema } from "@/lib/monitoring/log-list";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const IT: Actor = { id: "00000000-0000-4000-8000-000000000001", role: "it", email: "it@example.test", name: "IT" };
let db: TestDb;
let ctx: Ctx;
const parse = (input: Record<string, string>) => logListQuerySchema.parse(input);

beforeAll(async () => {
  db = await createTestDb();
  ctx = db.ctx(IT, NOW);
  await db.db.insert(activityLog).values(
    Array.from({ length: 45 }, (_, i) => ({
      at: new Date(NOW.getTime() - i * 60_000),
      level: "info" as const,
      event: "list.test",
      actor: "lister",
      message: `entry ${i}`,
    })),
  );
  await db.db
    .insert(activityLog)
    .values({ at: NOW, level: "warn", event: "other.test", actor: "someone", message: "not listed" });
});
afterAll(async () => {
  await db?.destroy();
});

describe("GET /api/v1/it/logs pages", () => {
  it("defaults to page 1 of 20 and answers items, total, page and pageSize", async () => {
    const first = await listLogs(ctx, parse({ event: "list.test" }));
    expect(first).toMatchObject({ total: 45, page: 1, pageSize: 20, totalCapped: false });
    expect(first.items.map((i) => i.message)).toEqual(Array.from({ length: 20 }, (_, i) => `entry ${i}`));
    expect(first.nextCursor).toEqual(expect.any(String));
  });

  it("walks ?page= to the end with the same filter and order, and past the end answers no items", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await listLogs(ctx, parse({ event: "list.test", page: String(page), pageSize: "20" }));
      expect(result).toMatchObject({ page, pageSize: 20, total: 45 });
      seen.push(...result.items.map((i) => i.message));
      if (page === 3) expect(result.nextCursor).toBeNull();
    }
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `entry ${i}`));
    expect((await listLogs(ctx, parse({ event: "list.test", page: "4" }))).items).toEqual([]);
    const oldest = await listLogs(ctx, parse({ event: "list.test", sort: "oldest", page: "2", pageSize: "10" }));
    expect(oldest.items.map((i) => i.message)).toEqual(Array.from({ length: 10 }, (_, i) => `entry ${34 - i}`));
  });

  it("goes on by keyset from nextCursor (page null), the same rows as the next page", async () => {
    const first = await listLogs(ctx, parse({ event: "list.test", pageSize: "7" }));
    const byCursor = await listLogs(ctx, parse({ event: "list.test", pageSize: "7", cursor: first.nextCursor! }));
    const byPage = await listLogs(ctx, parse({ event: "list.test", pageSize: "7", page: "2" }));
    expect(byCursor.page).toBeNull();
    expect(byCursor.total).toBe(45);
    expect(byCursor.items).toEqual(byPage.items);
  });

  it("refuses what the list convention does not allow: pageSize over 100, page below 1 or not a number, page with a cursor", () => {
    for (const input of [
      { pageSize: "101" },
      { pageSize: "0" },
      { page: "0" },
      { page: "-1" },
      { page: "two" },
      { page: "1.5" },
      { page: "100001" },
      { page: "2", cursor: "abc" },
    ]) {
      expect(logListQuerySchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(logListQuerySchema.safeParse({ page: "1", cursor: "abc" }).success).toBe(true);
    expect(logListQuerySchema.safeParse({ from: "2026-11-25", to: "2026-11-24" }).success).toBe(false);
  });

  it("is for IT only", async () => {
    await expect(listLogs({ ...ctx, actor: { ...IT, role: "employee" } }, parse({}))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
