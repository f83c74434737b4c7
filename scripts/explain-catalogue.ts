// Catalogue query plan and timing with 10,000 launches (issue 4): fills a fresh database on
// the PostgreSQL server, then prints EXPLAIN ANALYZE of the catalogue page query (default
// sort, and a filtered sort by seats) and the median time of listCatalogue.
// Usage: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --import ./scripts/hooks/server-only.mjs scripts/explain-catalogue.ts
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { catalogueSelect, listCatalogue } from "@/lib/catalogue/queries";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";
import { createContext } from "@/lib/context";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const LAUNCHES = 10_000;
const SEATS_PER_LAUNCH = 10;
const RUNS = 9;

const name = `astro_cat_${randomBytes(4).toString("hex")}`;
const admin = new Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const handle = openPostgres(url.toString(), 4);
const raw = new Client({ connectionString: url.toString() });

try {
  await migrateDatabase(handle);
  const db = handle.db;
  console.log(`filling ${LAUNCHES} launches with ${SEATS_PER_LAUNCH} booked seats each…`);
  await db.execute(sql.raw(`
    insert into users (email, password_hash, name, role)
      select 'agency' || g || '@bench.test', 'x', 'Agency ' || g, 'agency'::role from generate_series(1, 50) g
      union all select 'traveler@bench.test', 'x', 'Traveler', 'traveler'::role`));
  await db.execute(sql.raw(`insert into agencies (user_id, name, contact_email, country, tax_id) select id, name, email, 'US', '12-3456789' from users where role = 'agency'`));
  await db.execute(sql.raw(`insert into rockets (agency_id, name, capacity, range) select id, 'Rocket', 40, 'mars' from agencies`));
  await db.execute(sql.raw(`
    insert into launches (agency_id, rocket_id, slug, spaceport, destination, date, price_per_seat_cents, minimum_occupancy, status)
      select r.agency_id, r.id, 'l-' || g, 'Cape', (array['suborbital','leo','iss','moon','mars'])[1 + g % 5]::destination,
             now() + ((g * 7919) % 1500 - 200) * interval '1 day', 100000 + (g * 37) % 900000, 1,
             (array['scheduled','delayed','scheduled','successful','aborted'])[1 + (g / 5) % 5]::launch_status
      from generate_series(1, ${LAUNCHES}) g
      join (select id, agency_id, row_number() over (order by id) - 1 as n from rockets) r on r.n = g % 50`));
  await db.execute(sql.raw(`
    insert into bookings (reference, launch_id, traveler_id, status, amount_cents, expires_at)
      select 'B' || l.n || '-' || s, l.id, (select id from users where role = 'traveler'),
             (array['confirmed','confirmed','held','cancelled','expired'])[1 + s % 5]::booking_status, 100000,
             case when s % 5 = 2 then now() + (s - 5) * interval '1 minute' end
      from (select id, row_number() over (order by id) as n from launches) l, generate_series(1, ${SEATS_PER_LAUNCH}) s`));
  await db.execute(sql.raw(`
    insert into booking_seats (booking_id, launch_id, seat_number, passenger_name, passenger_email, passenger_date_of_birth, live)
      select b.id, b.launch_id, row_number() over (partition by b.launch_id order by b.id), 'P', 'p@x', '1990-01-01', b.status in ('confirmed','held')
      from bookings b`));
  await db.execute(sql.raw(`analyze`));
  await raw.connect();

  const ctx = createContext({ db, origin: "cli" });
  for (const [label, input] of [
    ["default (bookable, sort date asc, page 1)", {}],
    ["destination=mars, minSeats=31, sort seats desc, page 3", { destination: "mars", minSeats: "31", sort: "seats", order: "desc", page: "3" }],
  ] as const) {
    const q = catalogueQuerySchema.parse(input);
    const { sql: text, params } = catalogueSelect(ctx, q).toSQL();
    const plan = await raw.query(`explain (analyze, buffers off, costs off, timing off) ${text}`, params as unknown[]);
    const times: number[] = [];
    await listCatalogue(ctx, q);
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await listCatalogue(ctx, q);
      times.push(performance.now() - t);
    }
    const page = await listCatalogue(ctx, q);
    console.log(`\n== ${label}: ${page.total} matching, median ${times.sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(1)} ms (page + count)`);
    console.log(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
  }
} finally {
  await raw.end().catch(() => {});
  await handle.close();
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
}
