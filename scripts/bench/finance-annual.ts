// Annual report: 1,000,000 bookings across 10,000 launches and 50 agencies on the
// PostgreSQL server, timing lib/finance annualReport against a bare `SUM … GROUP BY` over the
// same rows in the same run (the baseline). Reports the ratio and the EXPLAIN of the report's
// projected-revenue query. Nothing is asserted.
// Usage: npm run bench -- finance-annual   (BENCH_DATABASE_URL=postgres://… picks the server,
// default postgres://postgres@127.0.0.1:5432/postgres; a fresh database is created and dropped)
import { sql } from "drizzle-orm";
import { openPostgres, rowsOf } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { createContext } from "@/lib/context";
import { annualReport } from "@/lib/finance/reports";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const AGENCIES = 50;
const LAUNCHES = 10_000;
const BOOKINGS_PER_LAUNCH = 100;
const RUNS = 7;

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

export async function run(): Promise<{ name: string; lines: string[] }[]> {
  const lines: string[] = [];
  const scratch = await createScratchDatabase(serverUrl, "astro_bench");
  const handle = openPostgres(scratch.url, 4);
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    console.log(`filling ${LAUNCHES} launches, ${LAUNCHES * BOOKINGS_PER_LAUNCH} bookings…`);
    await db.execute(
      sql.raw(`
      insert into users (email, password_hash, name, role)
        select 'agency' || g || '@bench.test', 'x', 'Agency ' || g, 'agency'::role from generate_series(1, ${AGENCIES}) g
        union all select 'traveler@bench.test', 'x', 'Traveler', 'traveler'::role`),
    );
    await db.execute(
      sql.raw(`
      insert into agencies (user_id, name, contact_email, country, tax_id)
        select id, name, email, 'US', '12-3456789' from users where role = 'agency'`),
    );
    await db.execute(
      sql.raw(
        `insert into rockets (agency_id, name, capacity, range) select id, 'Rocket', 100, 'mars'::rocket_range from agencies`,
      ),
    );
    await db.execute(
      sql.raw(`
      insert into launches (agency_id, rocket_id, slug, spaceport, destination, date, price_per_seat_cents, minimum_occupancy, status)
        select r.agency_id, r.id, 'l-' || g, 'Cape', 'leo'::destination, timestamptz '2026-01-01' + ((g * 7919) % 365) * interval '1 day',
               100000, 1, (array['scheduled','delayed','successful','aborted','failed'])[1 + g % 5]::launch_status
        from generate_series(1, ${LAUNCHES}) g
        join (select id, agency_id, row_number() over (order by id) - 1 as n from rockets) r on r.n = g % ${AGENCIES}`),
    );
    await db.execute(
      sql.raw(`
      insert into bookings (reference, launch_id, traveler_id, status, amount_cents)
        select 'B' || l.n || '-' || s, l.id, (select id from users where role = 'traveler'),
               case when s % 10 = 0 then 'cancelled'::booking_status else 'confirmed'::booking_status end, 100000
        from (select id, row_number() over (order by id) as n from launches) l, generate_series(1, ${BOOKINGS_PER_LAUNCH}) s`),
    );
    await db.execute(
      sql.raw(`
      insert into invoices (number, year, sequence, kind, agency_id, launch_id, revenue_cents, fee_rate_bp, reliability, total_cents, paid_cents, status, issued_at, due_at, snapshot)
        select 'INV-2026-' || lpad(n::text, 5, '0'), 2026, n, case when status = 'aborted' then 'abort_fee'::invoice_kind else 'success_fee'::invoice_kind end,
               agency_id, id, 9000000, 100, 'new', 90000, case when n % 3 = 0 then 90000 else 0 end,
               case when n % 3 = 0 then 'paid'::invoice_status else 'issued'::invoice_status end, date + interval '1 day', date + interval '31 days', '{}'::jsonb
        from (select id, agency_id, date, status, row_number() over (order by date, id) as n from launches where status in ('successful','aborted')) x`),
    );
    await db.execute(sql.raw(`analyze`));

    const ctx = createContext({
      db,
      origin: "cli",
      actor: { id: "00000000-0000-4000-8000-000000000000", role: "employee", email: "bench@x", name: "bench" },
    });
    const report = await annualReport(ctx, 2026);
    const baseline = sql.raw(`
      select l.agency_id, extract(month from l.date at time zone 'UTC')::int as month, sum(b.amount_cents)::bigint
      from launches l join bookings b on b.launch_id = l.id
      where l.date >= '2026-01-01' and l.date < '2027-01-01' group by 1, 2`);
    const tReport = await median(() => annualReport(ctx, 2026));
    const tBaseline = await median(() => db.execute(baseline));
    lines.push(
      `database: PostgreSQL ${new URL(scratch.url).host}, ${AGENCIES} agencies, ${LAUNCHES} launches, ${LAUNCHES * BOOKINGS_PER_LAUNCH} bookings`,
      `annual report: ${tReport.toFixed(1)} ms (median of ${RUNS}); bare SUM … GROUP BY over the same bookings (baseline): ${tBaseline.toFixed(1)} ms`,
      `ratio: ${(tReport / tBaseline).toFixed(2)}× (goal ≤ 2×); projected ${report.projectedCents}, actual ${report.actualCents}, pending ${report.pendingCents}`,
    );
    const plan = await db.execute(
      sql.raw(`explain (analyze, costs off, timing off)
        with cells as (
          select l.agency_id, extract(month from l.date at time zone 'UTC')::int as month, sum(b.amount_cents)::bigint as revenue
          from launches l join bookings b on b.launch_id = l.id and b.status = 'confirmed'
          where l.status in ('scheduled', 'delayed') and l.date >= '2026-01-01' and l.date < '2027-01-01'
          group by 1, 2)
        select * from cells`),
    );
    lines.push(
      "EXPLAIN of the report's projected-revenue query:",
      ...rowsOf<Record<string, string>>(plan).map((r) => `  ${Object.values(r)[0]}`),
    );
  } finally {
    await handle.close();
    await scratch.drop();
  }
  return [{ name: "finance-annual: annual report vs bare SUM … GROUP BY", lines }];
}
