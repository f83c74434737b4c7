// Two app instances on one PostgreSQL dispatching at once never send a notification twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { openPostgres, type DbHandle } from "@/db/client";
import { notifications } from "@/db/schema";
import { createContext } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { resendTransport } from "@/lib/notifications/transports/resend";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { startResendStub, type ResendStub } from "./resend-stub";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

let db: TestDb;
let second: DbHandle;
let stub: ResendStub;
const N = 400;

beforeAll(async () => {
  db = await createTestDb();
  second = openPostgres(db.url!, 5);
  // Latency at the provider widens the window in which two claims could overlap.
  stub = await startResendStub({ latencyMs: 20 });
  const ctx = db.ctx(null, new Date("2026-11-25T12:00:00Z"));
  for (let i = 0; i < N; i++) {
    await enqueueNotification(ctx, {
      template: "verify_email",
      to: `u${i}@example.test`,
      payload: SAMPLE_PAYLOADS.verify_email,
      queue: i % 5 === 0 ? "vip" : "default",
    });
  }
});
afterAll(async () => {
  await stub.close();
  await second.close();
  await db.destroy();
});

describe("concurrent dispatchers", () => {
  it("send every notification exactly once", async () => {
    // Each instance has its own transport (its own Resend client), as two processes would.
    const instances = [db.db, second.db, db.db, second.db].map((handle) => ({
      handle,
      transport: resendTransport({ apiKey: "re_test", baseUrl: stub.url, requestsPerSecond: 0 }),
    }));
    const now = new Date("2026-11-25T12:00:10Z");
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all(
        instances.map(({ handle, transport }) =>
          dispatchNotifications(createContext({ db: handle, origin: "cron:notifications", now }), {
            transport,
            appUrl: "http://x",
            from: "a@b.c",
            limit: 60,
          }),
        ),
      );
      if (results.every((r) => r.claimed === 0)) break;
    }
    const [{ sent }] = await db.db
      .select({ sent: count() })
      .from(notifications)
      .where(eq(notifications.status, "sent"));
    expect(sent).toBe(N);
    expect(stub.delivered.size).toBe(N);
    const repeats = [...stub.delivered.entries()].filter(([, n]) => n > 1);
    expect(repeats).toEqual([]);
    const mailsRequested = stub.requests.reduce((sum, r) => sum + r.refs.length, 0);
    expect(mailsRequested).toBe(N);
    expect(stub.requests.every((r) => r.idempotencyKey)).toBe(true);
  });
});
