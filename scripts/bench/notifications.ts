// Notification throughput: queue N notifications (default 10,000), drain them
// through a local Resend stub with the real dispatcher (batch endpoint, the transport's
// own 2 requests/s pacing) and report the time against the provider's ceiling of
// 100 mails × 2 requests/s = 200 mails/s, the baseline. Nothing is asserted.
// Usage: npm run bench -- notifications   (BENCH_NOTIFICATIONS=N, BENCH_DATABASE_URL=postgres://…
// for the PostgreSQL server; the embedded PGlite otherwise; BENCH_UNPACED=1 adds a run
// without the pacing, which shows the dispatcher's own ceiling.)
import { and, count, eq, like } from "drizzle-orm";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { notifications } from "@/db/schema";
import { createContext } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { PROVIDER_MAILS_PER_SECOND, PROVIDER_REQUESTS_PER_SECOND } from "@/lib/notifications/rules";
import { resendTransport } from "@/lib/notifications/transports/resend";
import { startResendStub } from "@/tests/notifications/resend-stub";
import { SAMPLE_PAYLOADS } from "@/tests/notifications/sample-payloads";

const N = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const serverUrl = process.env.BENCH_DATABASE_URL;

async function openDb(): Promise<{ handle: DbHandle; label: string; drop: () => Promise<void> }> {
  if (!serverUrl) return { handle: openPglite(), label: "embedded PGlite (in memory)", drop: async () => {} };
  const scratch = await createScratchDatabase(serverUrl, "astro_bench_notif");
  const handle = openPostgres(scratch.url, 4);
  return {
    handle,
    label: `PostgreSQL ${new URL(serverUrl).host}`,
    drop: scratch.drop,
  };
}

async function queue(handle: DbHandle, n: number, tag: string): Promise<void> {
  const now = new Date();
  for (let i = 0; i < n; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({
      template: "booking_confirmed",
      recipient: `bench-${tag}-${i + k}@example.test`,
      payload: SAMPLE_PAYLOADS.booking_confirmed as unknown as Record<string, unknown>,
      queue: (i + k) % 10 === 0 ? ("vip" as const) : ("default" as const),
      idempotencyKey: `bench:${tag}:${i + k}`,
      nextAttemptAt: now,
      createdAt: now,
    }));
    await handle.db.insert(notifications).values(rows);
  }
}

interface Drain {
  seconds: number;
  runs: number;
  requests: number;
  duplicates: number;
  sent: number;
}

async function drain(handle: DbHandle, requestsPerSecond: number, tag: string): Promise<Drain> {
  const stub = await startResendStub();
  try {
    await queue(handle, N, tag);
    const transport = resendTransport({ apiKey: "re_bench", baseUrl: stub.url, requestsPerSecond });
    const t0 = performance.now();
    let runs = 0;
    for (;;) {
      const ctx = createContext({ db: handle.db, origin: "cron:notifications", now: new Date() });
      const r = await dispatchNotifications(ctx, {
        transport,
        appUrl: "http://localhost:3000",
        from: "AstroBookings <no-reply@astro.test>",
      });
      runs += 1;
      if (r.claimed === 0) break;
    }
    const seconds = (performance.now() - t0) / 1000;
    const [{ sent }] = await handle.db
      .select({ sent: count() })
      .from(notifications)
      .where(and(eq(notifications.status, "sent"), like(notifications.idempotencyKey, `bench:${tag}:%`)));
    const duplicates = [...stub.delivered.values()].filter((v) => v > 1).length;
    return { seconds, runs, requests: stub.requests.length, duplicates, sent };
  } finally {
    await stub.close();
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
}

export async function run(): Promise<{ name: string; lines: string[] }[]> {
  const { handle, label, drop } = await openDb();
  try {
    await migrateDatabase(handle);
    const ideal = N / PROVIDER_MAILS_PER_SECOND;
    const header = ["drain", "mails", "time s", "mails/s", "requests", "runs", "ratio vs 200/s", "dupes"];
    const rows: string[][] = [
      header,
      [
        "provider limit (baseline)",
        String(N),
        ideal.toFixed(1),
        String(PROVIDER_MAILS_PER_SECOND),
        String(Math.ceil(N / 100)),
        "—",
        "1.00",
        "—",
      ],
    ];
    const variants: [string, number][] = [
      [`paced ${PROVIDER_REQUESTS_PER_SECOND} req/s (as deployed)`, PROVIDER_REQUESTS_PER_SECOND],
    ];
    if (process.env.BENCH_UNPACED === "1") variants.push(["unpaced (dispatcher ceiling)", 0]);
    for (const [name, rps] of variants) {
      console.log(`draining ${N} notifications: ${name}…`);
      const d = await drain(handle, rps, rps ? "paced" : "unpaced");
      const rate = d.sent / d.seconds;
      rows.push([
        name,
        String(d.sent),
        d.seconds.toFixed(1),
        rate.toFixed(0),
        String(d.requests),
        String(d.runs),
        (rate / PROVIDER_MAILS_PER_SECOND).toFixed(2),
        String(d.duplicates),
      ]);
    }
    return [{ name: `notifications: drain ${N} queued mails through a Resend stub (${label})`, lines: table(rows) }];
  } finally {
    await handle.close();
    await drop();
  }
}
