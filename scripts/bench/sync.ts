// Sync and log-search benchmark, on the PostgreSQL server:
//  1. a full sync of N bookings (default 100,000) from a primary database to a target
//     database, in rows per second, against a bulk copy of the same rows between the same
//     two servers in the same run (`COPY … TO STDOUT` piped into `COPY … FROM STDIN`).
//  2. the first page of a filtered free-text log search over M entries (default
//     1,000,000) through lib/monitoring, against the bare indexed SQL; with its EXPLAIN.
// Usage: npx tsx --import ./scripts/hooks/server-only.mjs scripts/bench/sync.ts
//   (BENCH_DATABASE_URL, BENCH_SYNC_ROWS, BENCH_SYNC_RUNS, BENCH_LOG_ROWS to change the defaults)
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { openPostgres, rowsOf, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { createContext, type Actor } from "@/lib/context";
import { logPage, logPageQuery, searchLogs } from "@/lib/monitoring/log-query";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";
import { startSync } from "@/lib/sync/jobs";
import { prepareTarget } from "@/lib/sync/target";
import { runSyncWorker } from "@/lib/sync/worker";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SYNC_ROWS = Number(process.env.BENCH_SYNC_ROWS ?? 100_000);
const LOG_ROWS = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const RUNS = 7;
/** Copy and sync runs (alternating) whose medians are compared. */
const SYNC_RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);

export interface ScenarioResult {
  name: string;
  lines: string[];
}

async function createDatabase(label: string): Promise<{ handle: DbHandle; url: string; drop: () => Promise<void> }> {
  const scratch = await createScratchDatabase(serverUrl, `astro_bench_${label}`);
  const handle = openPostgres(scratch.url, 4);
  await migrateDatabase(handle);
  return {
    handle,
    url: scratch.url,
    drop: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function itActor(handle: DbHandle): Promise<Actor> {
  const [row] = rowsOf<{ id: string }>(
    await handle.db.execute(
      sql`insert into users (email, password_hash, name, role) values ('it@bench.test', 'x', 'IT', 'it') returning id`,
    ),
  );
  return { id: row.id, role: "it", email: "it@bench.test", name: "IT" };
}

/** COPY bookings from the primary into the baseline database (FK triggers off, as the sync does). */
async function copyBaseline(primaryUrl: string, targetUrl: string): Promise<number> {
  const source = new Client({ connectionString: primaryUrl });
  const sink = new Client({ connectionString: targetUrl });
  await source.connect();
  await sink.connect();
  try {
    await sink.query("begin");
    await sink.query("set local session_replication_role = replica");
    await sink.query("truncate bookings cascade");
    const t = performance.now();
    await pipeline(source.query(copyTo("COPY bookings TO STDOUT")), sink.query(copyFrom("COPY bookings FROM STDIN")));
    const ms = performance.now() - t;
    await sink.query("commit");
    return ms;
  } finally {
    await source.end();
    await sink.end();
  }
}

export async function benchSync(): Promise<ScenarioResult> {
  const primary = await createDatabase("primary");
  const target = await createDatabase("target");
  const baseline = await createDatabase("copy");
  const lines: string[] = [];
  try {
    const db = primary.handle.db;
    const actor = await itActor(primary.handle);
    await db.execute(
      sql.raw(
        `insert into users (email, password_hash, name, role) values ('agency@bench.test','x','Agency','agency'), ('traveler@bench.test','x','Traveler','traveler')`,
      ),
    );
    await db.execute(
      sql.raw(
        `insert into agencies (user_id, name, contact_email, country, tax_id) select id, 'Bench', email, 'US', '12-3456789' from users where role = 'agency'`,
      ),
    );
    await db.execute(
      sql.raw(`insert into rockets (agency_id, name, capacity, range) select id, 'Rocket', 100, 'mars' from agencies`),
    );
    const launches = Math.ceil(SYNC_ROWS / 100);
    await db.execute(
      sql.raw(`insert into launches (agency_id, rocket_id, slug, spaceport, destination, date, price_per_seat_cents, minimum_occupancy)
        select r.agency_id, r.id, 'l-' || g, 'Cape', 'leo', timestamptz '2027-01-01' + g * interval '1 hour', 100000, 1 from generate_series(1, ${launches}) g, rockets r`),
    );
    await db.execute(
      sql.raw(`insert into bookings (reference, launch_id, traveler_id, status, amount_cents)
        select 'B-' || g, l.id, t.id, 'confirmed', 100000
        from generate_series(1, ${SYNC_ROWS}) g
        join (select id, row_number() over (order by id) - 1 as n from launches) l on l.n = g % ${launches}
        cross join (select id from users where role = 'traveler') t`),
    );
    await db.execute(sql`analyze`);

    // Copy and sync alternate, SYNC_RUNS times each, and the medians are compared: on a
    // shared 2-core machine one run of either can be slowed by whatever else runs.
    const syncTarget = await prepareTarget(target.handle, "bench target");
    const ctx = createContext({ db, origin: "cli", actor });
    const copies: number[] = [];
    const syncs: number[] = [];
    for (let run = 0; run < SYNC_RUNS; run++) {
      copies.push(await copyBaseline(primary.url, baseline.url));
      // Each run syncs into an empty target, as the first full sync of a data set does.
      await target.handle.db.execute(sql`truncate bookings, sync_target_state, sync_target_cursors cascade`);
      await startSync(ctx, { datasets: ["bookings"], mode: "full" });
      const t = performance.now();
      await runSyncWorker(ctx, { target: syncTarget, maxBatches: 100_000 });
      syncs.push(performance.now() - t);
      const [{ n }] = rowsOf<{ n: number }>(
        await target.handle.db.execute(sql`select count(*)::int as n from bookings`),
      );
      if (n !== SYNC_ROWS) throw new Error(`sync copied ${n} of ${SYNC_ROWS} bookings`);
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const copyMs = mid(copies);
    const syncMs = mid(syncs);
    const copyRate = SYNC_ROWS / (copyMs / 1000);
    const syncRate = SYNC_ROWS / (syncMs / 1000);
    const each = (xs: number[]) => xs.map((x) => Math.round(x)).join(", ");
    lines.push(
      `full sync of ${SYNC_ROWS} bookings: ${Math.round(syncRate)} rows/s (median ${Math.round(syncMs)} ms of ${each(syncs)})`,
    );
    lines.push(
      `COPY TO STDOUT | COPY FROM STDIN baseline: ${Math.round(copyRate)} rows/s (median ${Math.round(copyMs)} ms of ${each(copies)})`,
    );
    lines.push(
      `ratio sync / copy = ${(syncRate / copyRate).toFixed(2)} (goal ≥ 0.3); run by run: ${copies.map((c, i) => (c / syncs[i]).toFixed(2)).join(", ")}`,
    );
  } finally {
    await baseline.drop();
    await target.drop();
    await primary.drop();
  }
  return { name: "sync", lines };
}

export async function benchLogSearch(): Promise<ScenarioResult> {
  const primary = await createDatabase("logs");
  const lines: string[] = [];
  try {
    const db = primary.handle.db;
    const actor = await itActor(primary.handle);
    await db.execute(
      sql.raw(`insert into activity_log (at, level, event, actor, request_id, message, details)
        select timestamptz '2026-11-25 12:00Z' - g * interval '2 seconds',
          (array['debug','info','info','info','warn','error'])[1 + g % 6]::log_level,
          (array['auth.sign_in','auth.sign_in_failed','data.bookings.update','job.sync','error.unexpected'])[1 + g % 5],
          'user' || (g % 5000) || '@example.test', md5(g::text),
          'event number ' || g || ' for booking AB-' || upper(substr(md5(g::text), 1, 6)),
          jsonb_build_object('ip', '10.0.' || (g % 250) || '.' || (g % 200))
        from generate_series(1, ${LOG_ROWS}) g`),
    );
    await db.execute(sql`analyze activity_log`);
    const now = new Date("2026-11-25T12:00:00Z");
    const ctx = createContext({ db, origin: "cli", actor, now });
    const filter = logFilterSchema.parse({ q: "user4242@example.test", level: "warn,error", preset: "7d" });
    // The same search written by hand: whole words through the tsvector index or a fragment
    // of the message through the trigram index, as the service does (lib/monitoring/log-query.ts).
    const bare = sql`select id, at, level, event, actor, message from activity_log
      where at >= ${new Date(now.getTime() - 7 * 86_400_000).toISOString()}::timestamptz and level in ('warn', 'error')
        and (search @@ plainto_tsquery('simple', ${filter.q!}) or message ilike ${`%${filter.q!}%`})
      order by at desc, id desc limit 51`;
    const bareMs = await median(() => db.execute(bare));
    const pageMs = await median(() => logPage(ctx, filter, 50));
    const withCountMs = await median(() => searchLogs(ctx, filter));
    const plan = rowsOf<Record<string, string>>(await db.execute(sql`explain analyze ${logPageQuery(filter, now, 50)}`))
      .map((r) => Object.values(r)[0])
      .join("\n");
    lines.push(`log search over ${LOG_ROWS} entries, first page (q=${filter.q}, level warn+error, last 7 days):`);
    lines.push(
      `  bare indexed SQL: ${bareMs.toFixed(1)} ms; lib/monitoring page: ${pageMs.toFixed(1)} ms; ratio ${(pageMs / bareMs).toFixed(2)} (goal ≤ 2)`,
    );
    lines.push(`  page + capped count (what /it/logs shows): ${withCountMs.toFixed(1)} ms`);
    lines.push("  EXPLAIN ANALYZE of the page query:");
    lines.push(...plan.split("\n").map((l) => `    ${l}`));
  } finally {
    await primary.drop();
  }
  return { name: "log-search", lines };
}

/** The scenarios of this file, for scripts/bench.ts. */
export async function run(): Promise<ScenarioResult[]> {
  return [await benchSync(), await benchLogSearch()];
}

// Run directly: print the report.
if (process.argv[1]?.endsWith("bench/sync.ts")) {
  for (const result of await run()) {
    console.log(`\n# ${result.name}`);
    for (const line of result.lines) console.log(line);
  }
}
