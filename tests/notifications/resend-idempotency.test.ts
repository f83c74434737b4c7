// A dispatcher killed between a send and its record leaves its rows in `sending`: once the
// lease runs out another dispatcher resends them, and the provider must see the same request
// again (same key, same bytes) so that nobody gets the mail twice.
import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { notificationAttempts, notifications } from "@/db/schema";
import { createContext } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { LEASE_SECONDS } from "@/lib/notifications/rules";
import type { Transport } from "@/lib/notifications/transports/types";
import type { TestDb } from "../helpers/test-db";
import { dispatchFixture } from "./dispatch-fixture";
import type { ResendStub } from "./resend-stub";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

let db: TestDb;
let stub: ResendStub;
let resend: Transport;
const T0 = new Date("2026-11-25T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const run = (now: Date, appUrl = "https://a.astro.test") =>
  dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now }), {
    transport: resend,
    appUrl,
    from: "AstroBookings <no-reply@astro.test>",
  });

async function enqueue(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(
      await enqueueNotification(db.ctx(null, T0), {
        template: "verify_email",
        to: `user${i}@example.test`,
        payload: SAMPLE_PAYLOADS.verify_email,
      }),
    );
  }
  return ids;
}

type Row = typeof notifications.$inferSelect;
const rowsOf = (ids: string[]) => db.db.select().from(notifications).where(inArray(notifications.id, ids));

/**
 * Runs one dispatcher pass that "dies" right after the provider accepted its request: the
 * rows are put back exactly as they were while the request was in flight (claimed, stored
 * copy written, outcome never recorded), as a SIGKILL at that moment would leave them.
 */
async function runKilledAfterSend(ids: string[], now: Date): Promise<void> {
  let inFlight: Row[] = [];
  stub.onAccepted = async () => {
    inFlight = await rowsOf(ids);
  };
  await run(now);
  stub.onAccepted = null;
  expect(inFlight.map((r) => r.status)).toEqual(ids.map(() => "sending"));
  for (const r of inFlight) {
    await db.db
      .update(notifications)
      .set({
        status: r.status,
        attempts: r.attempts,
        lockedAt: r.lockedAt,
        leaseOwner: r.leaseOwner,
        rendered: r.rendered,
        sendKey: r.sendKey,
        sentAt: null,
        providerMessageId: null,
        lastError: null,
      })
      .where(eq(notifications.id, r.id));
  }
  await db.db.delete(notificationAttempts).where(inArray(notificationAttempts.notificationId, ids));
}

const fx = dispatchFixture();
beforeAll(() => {
  ({ db, stub, resend } = fx);
});

describe("a dispatcher killed between the send and its record", () => {
  it("its rows wait for the lease only, then go out as the same request: delivered once, recorded sent", async () => {
    const ids = await enqueue(3);
    await runKilledAfterSend(ids, at(0));
    expect(stub.delivered.size).toBe(3);

    // Within the lease, the rows stay with the dead dispatcher.
    expect((await run(at(LEASE_SECONDS - 5))).claimed).toBe(0);

    // A later instance, deployed with another APP_URL (a template change would do the same),
    // resends what was stored, not a new render: the provider recognises the request.
    const later = await run(at(LEASE_SECONDS + 1), "https://b.astro.test");
    expect(later).toMatchObject({ recovered: 3, claimed: 3, sent: 3, failed: 0 });
    expect(stub.requests).toHaveLength(2);
    const [first, resent] = stub.requests;
    expect(resent).toMatchObject({
      path: first.path,
      idempotencyKey: first.idempotencyKey,
      bodyHash: first.bodyHash,
      replayed: true,
    });
    expect([...stub.delivered.values()]).toEqual([1, 1, 1]);

    const rows = await rowsOf(ids);
    for (const r of rows) {
      expect(r).toMatchObject({ status: "sent", attempts: 2, leaseOwner: null, rendered: null });
      expect(r.providerMessageId).toMatch(/^stub-/);
    }
  });

  it("a request that lost a member meanwhile is recorded sent on the provider's 409, not retried into failed", async () => {
    const ids = await enqueue(3);
    await runKilledAfterSend(ids, at(0));
    // Back to pending after the lease, an IT employee deletes one of them before the resend.
    await db.db
      .update(notifications)
      .set({ status: "pending", lockedAt: null, leaseOwner: null })
      .where(inArray(notifications.id, ids));
    await db.db.update(notifications).set({ status: "deleted" }).where(eq(notifications.id, ids[0]));

    const later = await run(at(LEASE_SECONDS + 1));
    expect(later).toMatchObject({ claimed: 2, sent: 2, failed: 0 });
    expect(stub.requests.at(-1)?.answered).toBe(409);
    const rows = await rowsOf(ids.slice(1));
    for (const r of rows) {
      expect(r.status).toBe("sent");
      expect(r.lastError).toMatch(/already sent under this idempotency key/);
    }
    expect([...stub.delivered.values()]).toEqual([1, 1, 1]);
  });
});

describe("idempotency answers of the provider", () => {
  it("a request still in flight elsewhere (409 concurrent) is asked again later without using an attempt", async () => {
    const [id] = await enqueue(1);
    stub.script = [{ status: 409, name: "concurrent_idempotent_requests" }];
    const result = await run(at(0));
    expect(result).toMatchObject({ claimed: 1, sent: 0, failed: 0, retried: 1 });
    const [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row.lastError).toMatch(/concurrent_idempotent_requests/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(at(LEASE_SECONDS).getTime());

    const again = await run(at(LEASE_SECONDS + 5));
    expect(again.sent).toBe(1);
    const [sent] = await rowsOf([id]);
    expect(sent).toMatchObject({ status: "sent", attempts: 1 });
    expect(new Set(stub.requests.map((r) => r.idempotencyKey))).toEqual(new Set([sent.idempotencyKey]));
  });

  it("every resend of a failed request repeats its key and bytes", async () => {
    const ids = await enqueue(2);
    stub.script = [{ status: 500 }];
    await run(at(0), "https://a.astro.test");
    await run(at(120), "https://b.astro.test");
    expect(stub.requests).toHaveLength(2);
    expect(stub.requests[1].idempotencyKey).toBe(stub.requests[0].idempotencyKey);
    expect(stub.requests[1].bodyHash).toBe(stub.requests[0].bodyHash);
    expect(stub.requests[1].answered).toBe(200);
    const rows = await rowsOf(ids);
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent"]);
  });
});
