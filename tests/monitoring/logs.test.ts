import { parseCsvObjects } from "../helpers/csv";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { activityLog, users } from "@/db/schema";
import { withTransaction, type Actor, type Ctx } from "@/lib/context";
import { digestChangeLog } from "@/lib/monitoring/change-log-digest";
import { exportLogs } from "@/lib/monitoring/log-export";
import { getLogEntry, listEventTypes, logPageQuery, searchLogs } from "@/lib/monitoring/log-query";
import { pruneActivityLog } from "@/lib/monitoring/log-retention";
import { logFilterSchema, type LogFilter } from "@/lib/monitoring/log-schemas";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const IT: Actor = { id: "00000000-0000-4000-8000-000000000001", role: "it", email: "it@example.test", name: "IT" };
let db: TestDb;
let ctx: Ctx;

const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const filter = (input: Record<string, unknown> = {}): LogFilter => logFilterSchema.parse(input);

beforeAll(async () => {
  db = await createTestDb();
  ctx = { ...db.ctx(IT, NOW) };
  await db.db.insert(activityLog).values([
    {
      at: ago(5),
      level: "warn",
      event: "auth.sign_in_failed",
      actor: "mallory@evil.test",
      requestId: "req-1",
      message: "bad password for mallory@evil.test",
      details: { ip: "10.0.0.9" },
    },
    {
      at: ago(5),
      level: "info",
      event: "auth.rate_limited",
      actor: "mallory@evil.test",
      requestId: "req-1",
      message: "too many attempts",
    },
    {
      at: ago(30),
      level: "info",
      event: "auth.sign_in",
      actor: "alice@example.test",
      requestId: "req-2",
      message: "signed in",
    },
    {
      at: ago(120),
      level: "error",
      event: "error.unexpected",
      actor: "system:api",
      requestId: "req-3",
      message: "boom 100% broken_thing",
    },
    { at: ago(60 * 48), level: "info", event: "job.sync", actor: "cron:sync", message: "job sync ran" },
    { at: ago(60 * 24 * 100), level: "info", event: "job.sync", actor: "cron:sync", message: "ancient" },
  ]);
});
afterAll(async () => {
  await db?.destroy();
});

const messages = async (input: Record<string, unknown>) =>
  (await searchLogs(ctx, filter(input))).items.map((i) => i.message);

describe("log search", () => {
  it("filters by time preset, custom range, level, event, actor and free text", async () => {
    expect(await messages({ preset: "1h" })).toEqual([
      "too many attempts",
      "bad password for mallory@evil.test",
      "signed in",
    ]);
    expect(await messages({ from: ago(200).toISOString(), to: ago(100).toISOString() })).toEqual([
      "boom 100% broken_thing",
    ]);
    // A given from/to is a custom range even with a preset beside it (the page's form sends both).
    expect(await messages({ preset: "1h", from: ago(200).toISOString(), to: ago(100).toISOString() })).toEqual([
      "boom 100% broken_thing",
    ]);
    expect(await messages({ preset: "24h", to: ago(60 * 24 * 99).toISOString() })).toEqual(["ancient"]);
    expect(await messages({ level: "warn,error" })).toEqual([
      "bad password for mallory@evil.test",
      "boom 100% broken_thing",
    ]);
    expect(await messages({ event: "auth.sign_in" })).toEqual(["signed in"]);
    expect(await messages({ event: "auth.*", sort: "oldest" })).toEqual([
      "signed in",
      "bad password for mallory@evil.test",
      "too many attempts",
    ]);
    expect(await messages({ actor: "MALLORY" })).toHaveLength(2);
    expect(await messages({ q: "mallory@evil.test", level: "warn" })).toEqual(["bad password for mallory@evil.test"]);
    expect(await messages({ q: "broken_thing" })).toEqual(["boom 100% broken_thing"]);
    expect(await messages({ q: "ancient" })).toEqual(["ancient"]);
  });

  it("treats hostile input as text, and rejects what cannot be a filter", async () => {
    expect(await messages({ q: "%" })).toEqual([]);
    expect(await messages({ q: "100%" })).toEqual(["boom 100% broken_thing"]);
    expect(await messages({ q: "_" })).toEqual([]);
    expect(await messages({ q: "'; drop table activity_log; --" })).toEqual([]);
    expect(await messages({ actor: "%" })).toEqual([]);
    expect(await messages({ event: "*" })).toEqual([]);
    expect(await messages({ event: "%" })).toEqual([]);
    expect(logFilterSchema.safeParse({ q: "x".repeat(10_000) }).success).toBe(false);
    expect(logFilterSchema.safeParse({ from: "yesterday" }).success).toBe(false);
    expect(logFilterSchema.safeParse({ from: "2026-02-31T00:00" }).success).toBe(false);
    expect(logFilterSchema.safeParse({ level: "fatal" }).success).toBe(false);
    expect(logFilterSchema.safeParse({ from: "2026-11-25", to: "2026-11-24" }).success).toBe(false);
    await expect(searchLogs(ctx, filter({ cursor: "not-a-cursor" }))).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(searchLogs({ ...ctx, actor: { ...IT, role: "employee" } }, filter())).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("pages with a stable keyset even while new entries arrive and instants tie", async () => {
    const tied = ago(1);
    await db.db.insert(activityLog).values(
      Array.from({ length: 7 }, (_, i) => ({
        at: tied,
        level: "debug" as const,
        event: "page.test",
        actor: "pager",
        message: `tie ${i}`,
      })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await searchLogs(ctx, filter({ event: "page.test", pageSize: 3, cursor }));
      seen.push(...page.items.map((p) => p.message));
      // A newer entry written between pages must not shift the next page.
      await db.db
        .insert(activityLog)
        .values({ at: NOW, level: "debug", event: "page.test", actor: "pager", message: `new ${i}` });
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `tie ${i}`));
  });

  it("opens an entry with every entry of its request", async () => {
    const [row] = await db.db.select().from(activityLog).where(eq(activityLog.event, "auth.sign_in_failed"));
    const detail = await getLogEntry(ctx, row.id);
    expect(detail.entry.details).toEqual({ ip: "10.0.0.9" });
    expect(detail.sameRequest.map((e) => e.event).sort()).toEqual(["auth.rate_limited", "auth.sign_in_failed"]);
    expect(await listEventTypes(ctx)).toEqual(expect.arrayContaining(["auth.sign_in", "error.unexpected", "job.sync"]));
  });

  it("uses the GIN indexes for free text, never a scan of every row", async () => {
    const plan = async (q: string) =>
      db.db.transaction(async (tx) => {
        // Tiny table: forbid the plain scans so the plan shows which indexes can serve the filter.
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_indexscan = off`);
        const query = logPageQuery(filter({ q }), NOW, 50);
        const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${query}`));
        return rows.map((r) => Object.values(r)[0]).join("\n");
      });
    const words = await plan("mallory");
    expect(words).toMatch(/activity_log_search_idx/);
    expect(words).toMatch(/activity_log_message_trgm_idx/);
    expect(words).not.toMatch(/Seq Scan|Filter: \(\(search/);
    expect(await plan("ma")).toMatch(/activity_log_search_idx/);
  });

  it("streams the current filter as CSV and JSON", async () => {
    const read = async (format: "csv" | "json", input: Record<string, unknown>) =>
      new Response(exportLogs(ctx, filter(input), format)).text();
    const csv = parseCsvObjects(await read("csv", { event: "auth.*" }));
    expect(csv.map((r) => r.event).sort()).toEqual(["auth.rate_limited", "auth.sign_in", "auth.sign_in_failed"]);
    expect(JSON.parse(csv.find((r) => r.event === "auth.sign_in_failed")!.details)).toEqual({ ip: "10.0.0.9" });
    const json = JSON.parse(await read("json", { level: "error" })) as { message: string }[];
    expect(json.map((j) => j.message)).toEqual(["boom 100% broken_thing"]);
    expect(JSON.parse(await read("json", { q: "nothing-matches-this" }))).toEqual([]);
    const many = JSON.parse(await read("json", {})) as unknown[];
    expect(many.length).toBeGreaterThan(10);
  });

  it("neutralises spreadsheet formulas in the CSV export (an actor or message is user input)", async () => {
    await db.db.insert(activityLog).values({
      at: ago(60 * 24 * 50),
      level: "warn",
      event: "csv.hostile",
      actor: "=cmd|' /C calc'!A0",
      message: "@SUM(1+1)",
    });
    const csv = parseCsvObjects(await new Response(exportLogs(ctx, filter({ event: "csv.hostile" }), "csv")).text());
    expect(csv).toHaveLength(1);
    expect(csv[0]).toMatchObject({ actor: "'=cmd|' /C calc'!A0", message: "'@SUM(1+1)" });
  });
});

describe("log jobs", () => {
  it("summarises domain changes from the change log once, with actor, origin and request id", async () => {
    const [user] = await withTransaction({ ...ctx, origin: "cli", requestId: "req-digest" }, (tx) =>
      tx.db
        .insert(users)
        .values({ email: "digest@example.test", passwordHash: "x", name: "Digest", role: "traveler" })
        .returning(),
    );
    const first = await digestChangeLog({ ...ctx, origin: "cron:change-log-digest" });
    expect(first.summarised).toBeGreaterThan(0);
    const again = await digestChangeLog({ ...ctx, origin: "cron:change-log-digest" });
    expect(again.summarised).toBe(0);
    const rows = await db.db.select().from(activityLog).where(eq(activityLog.event, "data.users.insert"));
    const mine = rows.find((r) => (r.details as { rowId: string }).rowId === user.id)!;
    expect(mine).toMatchObject({ requestId: "req-digest", actor: "system:cli" });
    expect(mine.details).toMatchObject({ origin: "cli", table: "users", op: "insert" });
    expect(JSON.stringify(mine.details)).not.toContain("password");
  });

  it("prunes entries older than the retention and logs what it removed", async () => {
    const result = await pruneActivityLog({ ...ctx, origin: "cron:log-retention" }, 90, 1);
    expect(result.removed).toBe(1);
    expect(await messages({ q: "ancient" })).toEqual([]);
    expect(await messages({ event: "log.retention" })).toEqual(["removed 1 log entries older than 90 days"]);
  });
});
