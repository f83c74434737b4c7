// Booking throughput: bookings per second (hold + sandbox payment, one seat, each on its own
// launch, 10 concurrent clients) through the real service (lib/bookings bookAndPay) on the
// PostgreSQL server, against the very same SQL run raw through `pg` in the same run (the
// baseline). The raw side replays the statements the service sent for one booking, captured
// at the driver (transactions included), with that booking's ids swapped for each new one's.
// Goal: the service at ≥ 0.5 of the raw rate. Nothing is asserted.
// Usage: npm run bench -- booking   (BENCH_BOOKINGS=N per side, default 600; BENCH_DATABASE_URL
// picks the server, default postgres://postgres@127.0.0.1:5432/postgres; a fresh database is
// created and dropped)
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool, type PoolClient, type QueryConfig } from "pg";
import { openPostgres, rowsOf, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import * as schema from "@/db/schema";
import { bookAndPay } from "@/lib/bookings/pay";
import { bookingReference } from "@/lib/bookings/rules";
import { createContext, type Actor } from "@/lib/context";
import { SANDBOX_CARDS } from "@/lib/payments/sandbox";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PER_SIDE = Number(process.env.BENCH_BOOKINGS ?? 600);
const CLIENTS = 10;
const WARMUP = 30;

interface Statement {
  text: string;
  values: unknown[];
  /** Its answer (rows as arrays), so ids the database made can be mapped on replay. */
  rows: unknown[][];
}

/** Records what every client of the pool sends while `on` is set. */
function capturingPool(url: string): { pool: Pool; capture: { on: boolean; statements: Statement[] } } {
  const pool = new Pool({ connectionString: url, max: CLIENTS });
  const capture = { on: false, statements: [] as Statement[] };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (capture.on) {
        // drizzle sends `({ text, rowMode, types }, params)`; others `(text, params)`.
        const [first, second] = args;
        const text = typeof first === "string" ? first : (first as QueryConfig).text;
        const values = Array.isArray(second) ? second : ((first as QueryConfig).values ?? []);
        const statement: Statement = { text, values: [...(values as unknown[])], rows: [] };
        capture.statements.push(statement);
        const keep = (r: { rows: unknown[] } | undefined) => {
          statement.rows = (r?.rows ?? []).map((row) => (Array.isArray(row) ? row : Object.values(row as object)));
        };
        const last = args.at(-1);
        if (typeof last === "function") {
          // pool.query passes a callback: wrap it.
          const callback = last as (error: unknown, r: { rows: unknown[] }) => void;
          return query(...args.slice(0, -1), (error: unknown, r: { rows: unknown[] }) => {
            if (!error) keep(r);
            callback(error, r);
          });
        }
        return (query(...args) as Promise<{ rows: unknown[] }>).then((r) => {
          keep(r);
          return r;
        });
      }
      return query(...args);
    };
  });
  return { pool, capture };
}

async function seed(db: Db, launches: number): Promise<{ travelers: Actor[]; launchIds: string[] }> {
  await db.execute(
    sql.raw(`
    insert into users (email, password_hash, name, role) values ('agency@bench.test', 'x', 'Bench Agency', 'agency');
  `),
  );
  await db.execute(
    sql.raw(`insert into agencies (user_id, name, contact_email, country, tax_id)
      select id, 'Bench Agency', 'agency@bench.test', 'US', '12-3456789' from users where role = 'agency'`),
  );
  await db.execute(
    sql.raw(
      `insert into rockets (agency_id, name, capacity, range) select id, 'Rocket', 10, 'mars'::rocket_range from agencies`,
    ),
  );
  await db.execute(
    sql.raw(`insert into launches (agency_id, rocket_id, slug, spaceport, destination, date, price_per_seat_cents, minimum_occupancy, status)
      select r.agency_id, r.id, 'bench-' || g, 'Cape', 'leo'::destination, now() + interval '90 days' + g * interval '1 minute',
             100000, 1, 'scheduled'::launch_status
      from generate_series(1, ${launches}) g, rockets r`),
  );
  const travelers = rowsOf<{ id: string; email: string; name: string }>(
    await db.execute(
      sql.raw(`insert into users (email, password_hash, name, role, date_of_birth)
        select 'traveler' || g || '@bench.test', 'x', 'Traveler ' || g, 'traveler', '1985-05-05'
        from generate_series(1, ${CLIENTS}) g returning id, email, name`),
    ),
  ).map((t) => ({ ...t, role: "traveler" as const }));
  const launchIds = rowsOf<{ id: string }>(await db.execute(sql.raw(`select id from launches order by slug`))).map(
    (r) => r.id,
  );
  return { travelers, launchIds };
}

const passenger = (t: Actor) => ({ name: t.name, email: t.email, dateOfBirth: "1985-05-05" });

interface Rate {
  perSecond: number;
  /** CPU time of this process per booking (user + system), in ms: what the side costs us. */
  cpuMs: number;
}

/** Runs `total` bookings with CLIENTS workers, each taking the next launch. */
async function drive(
  total: number,
  next: () => string,
  book: (client: number, launchId: string) => Promise<void>,
): Promise<Rate> {
  let left = total;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (left > 0) {
        left -= 1;
        await book(client, next());
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: total / seconds, cpuMs: (cpu.user + cpu.system) / 1000 / total };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ONE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One booking's statements replayed for another: its launch and traveler swapped in, every
 * other id it made (booking, seats, payment, outbox rows, log entries, request id) fresh,
 * shared rows (the rocket, the agency) kept, the unique reference and payment ref redrawn.
 */
function replayer(
  statements: Statement[],
  captured: { launchId: string; travelerId: string; reference: string; shared: Set<string> },
) {
  return async (client: PoolClient, launchId: string, travelerId: string) => {
    const ids = new Map([
      [captured.launchId, launchId],
      [captured.travelerId, travelerId],
    ]);
    const reference = bookingReference(randomBytes(6));
    const swap = (value: unknown): unknown => {
      if (typeof value !== "string") return value;
      if (value === captured.reference) return reference;
      if (value.startsWith("sbx_ch_")) return `sbx_ch_${randomUUID()}`;
      return value.replace(UUID, (u) => {
        if (captured.shared.has(u)) return u;
        if (!ids.has(u)) ids.set(u, randomUUID());
        return ids.get(u)!;
      });
    };
    for (const s of statements) {
      const answer = await client.query({ text: s.text, values: s.values.map(swap), rowMode: "array" });
      // Ids the database drew (RETURNING) stand for the captured ones from here on.
      s.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const now = (answer.rows[i] as unknown[] | undefined)?.[j];
          if (typeof v === "string" && typeof now === "string" && v !== now && ONE_UUID.test(v)) ids.set(v, now);
        }),
      );
    }
  };
}

export async function run(): Promise<{ name: string; lines: string[] }[]> {
  const scratch = await createScratchDatabase(serverUrl, "astro_bench_booking");
  const migrator = openPostgres(scratch.url, 2);
  await migrateDatabase(migrator).finally(() => migrator.close());
  const { pool, capture } = capturingPool(scratch.url);
  const db = drizzle(pool, { schema, casing: "snake_case" }) as unknown as Db;
  try {
    const total = 2 * (PER_SIDE + WARMUP) + 1;
    console.log(`seeding ${total} launches…`);
    const { travelers, launchIds } = await seed(db, total);
    let nextLaunch = 0;
    const next = () => launchIds[nextLaunch++];

    const service = async (client: number, launchId: string) => {
      const ctx = createContext({ db, origin: "web", actor: travelers[client], now: new Date() });
      await bookAndPay(ctx, {
        launchId,
        seatCount: 1,
        passengers: [passenger(travelers[client])],
        cardNumber: SANDBOX_CARDS.success,
        acceptedRefundTerms: true,
      });
    };

    // One booking through the service, captured at the driver: the raw side's script.
    const firstLaunch = next();
    capture.on = true;
    await service(0, firstLaunch);
    capture.on = false;
    const [first] = rowsOf<{ reference: string }>(
      await db.execute(sql`select reference from bookings where launch_id = ${firstLaunch}`),
    );
    const shared = rowsOf<{ id: string }>(
      await db.execute(
        sql`select id::text from rockets union all select id::text from agencies union all select id::text from users where role = 'agency'`,
      ),
    );
    const replay = replayer(capture.statements, {
      launchId: firstLaunch,
      travelerId: travelers[0].id,
      reference: first.reference,
      shared: new Set(shared.map((r) => r.id)),
    });
    const raw = async (client: number, launchId: string) => {
      const c = await pool.connect();
      try {
        await replay(c, launchId, travelers[client].id);
      } finally {
        c.release();
      }
    };

    if (process.env.BENCH_SHOW_SQL)
      for (const s of capture.statements) console.log(s.text.slice(0, 110), JSON.stringify(s.values).slice(0, 80));
    console.log(`${capture.statements.length} statements a booking; ${PER_SIDE} bookings a side, ${CLIENTS} clients…`);
    await drive(WARMUP, next, raw);
    await drive(WARMUP, next, service);
    // Halves alternated, so load from elsewhere on the machine falls on both sides alike.
    const half = Math.floor(PER_SIDE / 2);
    const rawRates = [await drive(half, next, raw)];
    const serviceRates = [await drive(half, next, service)];
    rawRates.push(await drive(PER_SIDE - half, next, raw));
    serviceRates.push(await drive(PER_SIDE - half, next, service));
    const mean = (rates: Rate[], k: keyof Rate) => rates.reduce((a, r) => a + r[k], 0) / rates.length;
    const rawRate = mean(rawRates, "perSecond");
    const serviceRate = mean(serviceRates, "perSecond");

    const [{ confirmed }] = rowsOf<{ confirmed: number }>(
      await db.execute(sql`select count(*)::int as confirmed from bookings where status = 'confirmed'`),
    );
    const expected = 1 + 2 * WARMUP + 2 * PER_SIDE;
    const lines = [
      "path                                     bookings/s  ratio  node CPU ms/booking",
      "---------------------------------------  ----------  -----  -------------------",
      `raw SQL through pg (baseline)            ${rawRate.toFixed(0).padStart(10)}   1.00  ${mean(rawRates, "cpuMs").toFixed(1).padStart(19)}`,
      `service (bookAndPay, drizzle)            ${serviceRate.toFixed(0).padStart(10)}   ${(serviceRate / rawRate).toFixed(2)}  ${mean(serviceRates, "cpuMs").toFixed(1).padStart(19)}`,
      `(${CLIENTS} clients, ${PER_SIDE} bookings a side, ${capture.statements.length} statements a booking incl. BEGIN/COMMIT; ${confirmed}/${expected} confirmed; goal ≥ 0.50)`,
    ];
    return [
      { name: `booking: hold + sandbox payment on distinct launches (PostgreSQL ${new URL(serverUrl).host})`, lines },
    ];
  } finally {
    await pool.end();
    await scratch.drop();
  }
}
