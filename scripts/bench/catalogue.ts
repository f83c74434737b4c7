// Catalogue under load: fills a fresh database on the PostgreSQL server with 10,000
// launches (50 agencies, 10 bookings each, every status), prints the EXPLAIN ANALYZE and the
// median time of the catalogue query (what scripts/explain-catalogue.ts used to print), then
// starts the production build (`npm start`, built into .next-bench when the tree changed) on
// a free port against that database and drives it with autocannon: requests/s and p95 latency
// of the cached catalogue `/`, a cached launch page, `GET /api/v1/launches` (and one launch), a
// filtered catalogue (rendered per request from cached query results), and of baselines served
// by the same server: a static chunk from /_next/static (no rendering, no database), the
// prerendered page /forbidden (the framework's ceiling for a page) and the dynamic route
// /robots.txt. Ratios are against the chunk and the prerendered page. Nothing is asserted.
// Usage: npm run bench -- catalogue   (BENCH_DATABASE_URL=postgres://… picks the server, default
// postgres://postgres@127.0.0.1:5432/postgres; BENCH_ROUNDS, default 3, of BENCH_SECONDS per
// target, default 5;
// BENCH_CONNECTIONS, default 10; BENCH_SKIP_BUILD=1 uses .next-bench as it is; BENCH_QUERY_ONLY=1
// stops after the query plans, without the HTTP load)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import os from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { Client } from "pg";
import { openPostgres, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { launches } from "@/db/schema";
import { createScratchDatabase } from "@/db/scratch-database";
import { catalogueCount, catalogueSelect, listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { createContext } from "@/lib/context";
import { buildIfNeeded } from "../build-if-needed";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const LAUNCHES = 10_000;
const SEATS_PER_LAUNCH = 10;
const RUNS = 9;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DIST_DIR = ".next-bench";

export async function fill(db: Db): Promise<void> {
  await db.execute(
    sql.raw(`
    insert into users (email, password_hash, name, role)
      select 'agency' || g || '@bench.test', 'x', 'Agency ' || g, 'agency'::role from generate_series(1, 50) g
      union all select 'traveler@bench.test', 'x', 'Traveler', 'traveler'::role`),
  );
  await db.execute(
    sql.raw(
      `insert into agencies (user_id, name, contact_email, country, tax_id) select id, name, email, 'US', '12-3456789' from users where role = 'agency'`,
    ),
  );
  await db.execute(
    sql.raw(`insert into rockets (agency_id, name, capacity, range) select id, 'Rocket', 40, 'mars' from agencies`),
  );
  await db.execute(
    sql.raw(`
    insert into launches (agency_id, rocket_id, slug, spaceport, destination, date, price_per_seat_cents, minimum_occupancy, status)
      select r.agency_id, r.id, 'l-' || g, 'Cape', (array['suborbital','leo','iss','moon','mars'])[1 + g % 5]::destination,
             now() + ((g * 7919) % 1500 - 200) * interval '1 day', 100000 + (g * 37) % 900000, 1,
             (array['scheduled','delayed','scheduled','successful','aborted'])[1 + (g / 5) % 5]::launch_status
      from generate_series(1, ${LAUNCHES}) g
      join (select id, agency_id, row_number() over (order by id) - 1 as n from rockets) r on r.n = g % 50`),
  );
  await db.execute(
    sql.raw(`
    insert into bookings (reference, launch_id, traveler_id, status, amount_cents, expires_at)
      select 'B' || l.n || '-' || s, l.id, (select id from users where role = 'traveler'),
             (array['confirmed','confirmed','held','cancelled','expired'])[1 + s % 5]::booking_status, 100000,
             -- Holds run for their 10 minutes; the expire-holds job sweeps at least every minute, so only
             -- the holds of the last minute wait expired and unswept: one launch in 100 here.
             case when s % 5 = 2 then now() + (case when l.n % 100 = 0 then -1 else s end) * interval '1 minute' end
      from (select id, row_number() over (order by id) as n from launches) l, generate_series(1, ${SEATS_PER_LAUNCH}) s`),
  );
  await db.execute(
    sql.raw(`
    insert into booking_seats (booking_id, launch_id, seat_number, passenger_name, passenger_email, passenger_date_of_birth, live)
      select b.id, b.launch_id, row_number() over (partition by b.launch_id order by b.id), 'P', 'p@x', '1990-01-01', b.status in ('confirmed','held')
      from bookings b`),
  );
  await db.execute(sql.raw(`analyze`));
}

/** EXPLAIN ANALYZE and median time of the catalogue query, default and a filtered sort. */
async function explain(db: Db, rawUrl: string): Promise<string[]> {
  const lines: string[] = [];
  const raw = new Client({ connectionString: rawUrl });
  await raw.connect();
  try {
    const ctx = createContext({ db, origin: "cli" });
    for (const [label, input] of [
      ["default (bookable, sort date asc, page 1)", {}],
      [
        "destination=mars, minSeats=31, sort seats desc, page 3",
        { destination: "mars", minSeats: "31", sort: "seats", order: "desc", page: "3" },
      ],
    ] as const) {
      const q = catalogueQuerySchema.parse(input);
      const plans: string[] = [];
      for (const [part, query] of [
        ["page", catalogueSelect(ctx, q)],
        ["count", catalogueCount(ctx, q)],
      ] as const) {
        const { sql: text, params } = query.toSQL();
        const plan = await raw.query(
          `explain (analyze, buffers off, costs off, timing off) ${text}`,
          params as unknown[],
        );
        plans.push(`  ${part} query:`, ...plan.rows.map((r: Record<string, string>) => `    ${r["QUERY PLAN"]}`));
      }
      const times: number[] = [];
      await listCatalogue(ctx, q);
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await listCatalogue(ctx, q);
        times.push(performance.now() - t);
      }
      const page = await listCatalogue(ctx, q);
      lines.push(
        `query ${label}: ${page.total} matching, median ${times.sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(1)} ms (page + count)`,
      );
      lines.push(...plans);
    }
  } finally {
    await raw.end();
  }
  return lines;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer within 120 s");
}

/** A static chunk of the build, served from disk by the same server: the no-work baseline. */
function staticFile(): { path: string; bytes: number } {
  const dir = path.join(DIST_DIR, "static", "chunks");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, bytes: statSync(path.join(dir, f)).size }))
    .sort((a, b) => a.bytes - b.bytes);
  const pick = files[Math.floor(files.length / 2)]; // a typical chunk, not the smallest
  return { path: `/_next/static/chunks/${pick.f}`, bytes: pick.bytes };
}

interface Load {
  rps: number;
  p95: number;
  non2xx: number;
  errors: number;
}

let uniqueFilter = 0;

/**
 * Autocannon options for a target. `{n}` in the path is replaced by a new number on every
 * request (a filter no one asked for before: rendered and queried for that request).
 */
function requestsOf(url: string): Pick<autocannon.Options, "url" | "requests"> {
  if (!url.includes("{n}")) return { url };
  const { origin } = new URL(url);
  const template = url.slice(origin.length);
  return {
    url: origin,
    requests: [{ setupRequest: (req) => ({ ...req, path: template.replace("{n}", String((uniqueFilter += 1))) }) }],
  };
}

async function load(url: string, seconds: number): Promise<Load> {
  const times: number[] = [];
  // The callback form returns the instance, whose "response" events carry each latency
  // (autocannon's own summary has p90 and p97.5 but no p95).
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...requestsOf(url), connections: CONNECTIONS, duration: seconds }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const p95 = times.length ? times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] : NaN;
  return { rps: result.requests.average, p95, non2xx: result.non2xx, errors: result.errors };
}

export async function run(): Promise<{ name: string; lines: string[] }[]> {
  const scratch = await createScratchDatabase(serverUrl, "astro_cat");
  const { name } = scratch;
  const url = new URL(scratch.url);
  const handle = openPostgres(scratch.url, 4);
  let child: ChildProcess | undefined;
  const queryLines: string[] = [];
  const loadLines: string[] = [];
  try {
    await migrateDatabase(handle);
    console.log(`filling ${LAUNCHES} launches with ${SEATS_PER_LAUNCH} bookings each on PostgreSQL ${url.host}…`);
    await fill(handle.db);
    queryLines.push(
      `database: PostgreSQL ${url.host} (fresh database ${name}), ${LAUNCHES} launches`,
      ...(await explain(handle.db, url.toString())),
    );
    if (process.env.BENCH_QUERY_ONLY === "1")
      return [{ name: "catalogue: query plan and time with 10,000 launches", lines: queryLines }];

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      NEXT_DIST_DIR: DIST_DIR,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      CRON_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: base,
      AUTH_URL: base,
      NODE_ENV: "production",
      SCHEDULER: "off",
      LOG_LEVEL: "warn",
    };
    if (process.env.BENCH_SKIP_BUILD !== "1") buildIfNeeded(DIST_DIR, childEnv);
    // The production server (`npm start`, scripts/server.mjs), as deployed. Own process group,
    // so stopping it stops everything under it.
    child = spawn(process.execPath, ["scripts/server.mjs"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...childEnv, HOST: "127.0.0.1", PORT: String(port) },
      detached: true,
    });
    await waitUntilUp(base, child);

    const file = staticFile();
    const [launch] = await handle.db
      .select({ id: launches.id, slug: launches.slug })
      .from(launches)
      .where(and(eq(launches.status, "scheduled"), gt(launches.date, new Date())))
      .orderBy(asc(launches.date))
      .limit(1);
    const targets = [
      { label: `static chunk ${file.path} (${file.bytes} B)`, path: file.path, before: undefined },
      { label: "prerendered page /forbidden", path: "/forbidden", before: undefined },
      { label: "GET /robots.txt (dynamic, no database)", path: "/robots.txt", before: undefined },
      { label: "catalogue /", path: "/", before: 0.013 },
      { label: "a launch page", path: `/launches/${launch.slug}`, before: 0.019 },
      { label: "GET /api/v1/launches", path: "/api/v1/launches", before: 0.03 },
      { label: `GET /api/v1/launches/{id}`, path: `/api/v1/launches/${launch.id}`, before: undefined },
      {
        label: "filtered catalogue /?destination=mars&sort=price",
        path: "/?destination=mars&sort=price",
        before: 0.013,
      },
      {
        label: "filtered catalogue, a filter never asked before on every request (/?maxPrice=N)",
        path: "/?destination=mars&maxPrice={n}",
        before: undefined,
      },
    ];
    const loadBefore = os.loadavg();
    // Rounds: every target once per round, the chunk first, and each ratio taken against the
    // chunk of its own round; the medians are reported. Load from elsewhere moves the chunk
    // and the pages of one round together, so a ratio holds where a single pass swung ±30 %.
    const rounds: Load[][] = [];
    // A first round warms every target (its modules loaded, V8's optimised code in place) and
    // is not counted: the first seconds under load ran at half the later rate.
    for (const t of targets) {
      console.log(`warming ${t.path} for ${WARMUP_SECONDS} s…`);
      await load(`${base}${t.path}`, WARMUP_SECONDS);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      const row: Load[] = [];
      for (const t of targets) {
        console.log(`round ${round + 1}/${ROUNDS}: ${t.path} for ${SECONDS} s with ${CONNECTIONS} connections…`);
        row.push(await load(`${base}${t.path}`, SECONDS));
      }
      rounds.push(row);
    }
    const loadAfter = os.loadavg();
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const of = (i: number, f: (l: Load, round: Load[]) => number) => median(rounds.map((row) => f(row[i], row)));
    loadLines.push(
      `npm start (${DIST_DIR}) on ${base}, autocannon ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per target (medians; ratios within a round), ${LAUNCHES} launches on PostgreSQL`,
      `machine: ${os.cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} before, ${loadAfter.map((l) => l.toFixed(2)).join(" ")} after (shared machine)`,
      "target | req/s | p95 ms | req/s ÷ chunk | req/s ÷ prerendered | p95 ÷ chunk | before (÷ chunk) | non-2xx | errors",
    );
    targets.forEach((t, i) => {
      const sum = (k: "non2xx" | "errors") => rounds.reduce((a, row) => a + row[i][k], 0);
      loadLines.push(
        [
          t.label,
          of(i, (l) => l.rps).toFixed(0),
          of(i, (l) => l.p95).toFixed(0),
          of(i, (l, row) => l.rps / row[0].rps).toFixed(3),
          of(i, (l, row) => l.rps / row[1].rps).toFixed(3),
          of(i, (l, row) => l.p95 / Math.max(row[0].p95, 1)).toFixed(1),
          t.before ?? "—",
          sum("non2xx"),
          sum("errors"),
        ].join(" | "),
      );
    });
    loadLines.push(
      "goals: / ≥ 0.25 of the chunk and p95 ≤ 3× its p95; a launch page and GET /api/v1/launches ≥ 0.25; the filtered catalogue ≥ 5× its ratio before",
    );
  } finally {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    await handle.close();
    await scratch.drop();
  }
  return [
    { name: "catalogue: query plan and time with 10,000 launches", lines: queryLines },
    { name: "catalogue: HTTP load vs a static chunk and a prerendered page from the same server", lines: loadLines },
  ];
}
