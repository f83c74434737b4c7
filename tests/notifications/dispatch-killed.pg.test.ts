// Two dispatcher instances on one PostgreSQL; instance A (its own process) is killed with
// SIGKILL right after the provider accepted its first request, before it could record it.
// Instance B must drain the rest meanwhile, take A's rows once their lease runs out, and
// resend them as the same request: every mail delivered once, the drain done within 60 s
// of the kill (the clock is injected: the lease is waited out on paper, not in real time).
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { openPostgres, type DbHandle } from "@/db/client";
import { notifications } from "@/db/schema";
import { createContext } from "@/lib/context";
import { dispatchNotifications, type DispatchResult } from "@/lib/notifications/dispatcher";
import { LEASE_SECONDS, PROVIDER_BATCH_SIZE } from "@/lib/notifications/rules";
import { resendTransport } from "@/lib/notifications/transports/resend";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { startResendStub, type ResendStub } from "./resend-stub";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

const N = 333;
let db: TestDb;
let instanceB: DbHandle;
let stub: ResendStub;

beforeAll(async () => {
  db = await createTestDb();
  instanceB = openPostgres(db.url!, 4);
  stub = await startResendStub();
  const queuedAt = new Date(Date.now() - 60_000);
  await db.db.insert(notifications).values(
    Array.from({ length: N }, (_, i) => ({
      template: "verify_email",
      recipient: `killed-${i}@example.test`,
      payload: SAMPLE_PAYLOADS.verify_email as unknown as Record<string, unknown>,
      idempotencyKey: `killed:${i}`,
      nextAttemptAt: queuedAt,
      createdAt: queuedAt,
    })),
  );
});
afterAll(async () => {
  await stub.close();
  await instanceB.close();
  await db.destroy();
});

const countByStatus = async (status: "sending" | "sent" | "failed" | "pending") =>
  (await db.db.select({ n: count() }).from(notifications).where(eq(notifications.status, status)))[0].n;

function startInstanceA(): { child: ChildProcess; exited: Promise<NodeJS.Signals | null> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/hooks/server-only.mjs", "tests/notifications/dispatch-worker.ts"],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: db.url, RESEND_BASE_URL: stub.url, RESEND_API_KEY: "re_instance_a" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") console.error(`instance A exited ${code}: ${stderr}`);
      resolve(signal);
    }),
  );
  return { child, exited };
}

describe("a dispatcher killed mid-drain", () => {
  it("stalls nothing: the other instance drains the rest at once and A's request after its lease, each mail once", async () => {
    const transportB = resendTransport({ apiKey: "re_instance_b", baseUrl: stub.url, requestsPerSecond: 0 });
    const passB = (now: Date): Promise<DispatchResult> =>
      dispatchNotifications(createContext({ db: instanceB.db, origin: "cron:notifications", now }), {
        transport: transportB,
        appUrl: "http://instance-b.test",
        from: "a@astro.test",
      });

    const a = startInstanceA();
    let heldByA = -1;
    let claimedByBWhileAWasSending = -1;
    let killing = false;
    let killAt = 0;
    const killed = new Promise<void>((resolve) => {
      stub.onAccepted = async (request) => {
        if (request.apiKey !== "re_instance_a" || killing) return;
        killing = true;
        // While A's first request is at the provider, B finds work: A claimed one request, not the queue.
        heldByA = await countByStatus("sending");
        claimedByBWhileAWasSending = (await passB(new Date())).claimed;
        a.child.kill("SIGKILL");
        await a.exited;
        // Its last heartbeat was before this instant: the lease counts from no later.
        killAt = Date.now();
        resolve();
      };
    });
    await killed;
    stub.onAccepted = null;
    expect(await a.exited).toBe("SIGKILL");
    // A holds the request in flight (and at most the next one, made ready meanwhile).
    expect(heldByA).toBeGreaterThanOrEqual(PROVIDER_BATCH_SIZE);
    expect(heldByA).toBeLessThanOrEqual(2 * PROVIDER_BATCH_SIZE);
    expect(claimedByBWhileAWasSending).toBeGreaterThan(0);

    // Right after the kill: B drains everything but A's rows, which it may not touch yet.
    while ((await passB(new Date())).claimed > 0);
    const stranded = await countByStatus("sending");
    expect(stranded).toBeGreaterThanOrEqual(PROVIDER_BATCH_SIZE);
    expect(stranded).toBeLessThanOrEqual(2 * PROVIDER_BATCH_SIZE);
    expect(await countByStatus("pending")).toBe(0);

    // Once A's lease has run out (no heartbeat from a dead process), B resends A's request.
    const afterLease = new Date(killAt + (LEASE_SECONDS + 1) * 1000);
    const recovered = await passB(afterLease);
    expect(recovered).toMatchObject({ recovered: stranded, sent: stranded, failed: 0 });
    expect(afterLease.getTime() - killAt).toBeLessThanOrEqual(60_000);

    expect(await countByStatus("sent")).toBe(N);
    expect(await countByStatus("failed")).toBe(0);
    expect(stub.delivered.size).toBe(N);
    expect([...stub.delivered.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    // The resend of A's request was recognised by the provider, not sent again.
    const aKey = stub.requests.find((r) => r.apiKey === "re_instance_a")?.idempotencyKey;
    expect(stub.requests.filter((r) => r.idempotencyKey === aKey).map((r) => r.replayed)).toEqual([false, true]);
  });
});
