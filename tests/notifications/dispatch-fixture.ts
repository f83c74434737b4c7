import { afterAll, beforeAll, beforeEach } from "vitest";
import { sql } from "drizzle-orm";
import { resendTransport } from "@/lib/notifications/transports/resend";
import type { Transport } from "@/lib/notifications/transports/types";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { startResendStub, type ResendStub } from "./resend-stub";

export interface DispatchFixture {
  db: TestDb;
  stub: ResendStub;
  /** Resend through the stub, unpaced. */
  resend: Transport;
}

/** A fresh database and Resend stub for one test file; the outbox and the stub start empty in every test. */
export function dispatchFixture(): DispatchFixture {
  const fx = {} as DispatchFixture;
  beforeAll(async () => {
    fx.db = await createTestDb();
    fx.stub = await startResendStub();
    fx.resend = resendTransport({ apiKey: "re_test", baseUrl: fx.stub.url, requestsPerSecond: 0 });
  });
  afterAll(async () => {
    await fx.stub.close();
    await fx.db.destroy();
  });
  beforeEach(async () => {
    await fx.db.db.execute(
      sql`truncate notifications, notification_attempts, mailbox, dispatcher_runs, activity_log cascade`,
    );
    fx.stub.requests.length = 0;
    fx.stub.script = [];
    fx.stub.delivered.clear();
  });
  return fx;
}
