import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { activityLog } from "@/db/schema";
import { onRequestError } from "@/instrumentation";
import { createTestDb, type TestDb } from "../helpers/test-db";

type Global = { __astroDb?: unknown };
let db: TestDb;
const where = {
  routerKind: "App Router",
  routePath: "/it/logs/[id]",
  routeType: "render",
  renderSource: "react-server-components",
  revalidateReason: undefined,
} as const;
const request = (requestId = "req-page-error-1") => ({
  path: "/it/logs/42?token=secret-one-time",
  method: "GET",
  headers: { "x-request-id": requestId },
});
const entries = (requestId: string) => db.db.select().from(activityLog).where(eq(activityLog.requestId, requestId));

beforeAll(async () => {
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  db = await createTestDb();
});
beforeEach(() => {
  // getDb() answers this handle, as it does in the server.
  (globalThis as Global).__astroDb = db;
});
afterAll(async () => {
  delete (globalThis as Global).__astroDb;
  vi.unstubAllEnvs();
  await db?.destroy();
});

describe("instrumentation onRequestError", () => {
  it("logs an error thrown from a page at error level with path, method, digest and request id", async () => {
    const error = Object.assign(new Error("the page broke"), { digest: "1234567890" });
    await onRequestError(error, request(), where);
    const [entry] = await entries("req-page-error-1");
    expect(entry).toMatchObject({
      level: "error",
      event: "error.unexpected",
      message: "the page broke",
      actor: "system:web",
    });
    expect(entry.details).toMatchObject({
      path: "/it/logs/42",
      method: "GET",
      digest: "1234567890",
      routePath: "/it/logs/[id]",
      routeType: "render",
    });
    // The query string (it may hold a one-time token) stays out of the log.
    expect(JSON.stringify(entry.details)).not.toContain("secret-one-time");
  });

  it("logs a thrown non-Error and a request without an id", async () => {
    await onRequestError(
      "a string was thrown",
      { path: "/it/sync/live", method: "GET", headers: {} },
      { ...where, routeType: "route" },
    );
    const rows = await db.db.select().from(activityLog).where(eq(activityLog.message, "a string was thrown"));
    expect(rows).toHaveLength(1);
    expect(rows[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("skips Next's control flow (redirect, notFound)", async () => {
    await onRequestError(
      Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" }),
      request("req-redirect-1"),
      where,
    );
    expect(await entries("req-redirect-1")).toEqual([]);
  });

  it("never throws, even when the database cannot be opened or written", async () => {
    (globalThis as Global).__astroDb = {
      get db(): never {
        throw new Error("no database");
      },
    };
    await expect(onRequestError(new Error("x"), request("req-nodb-1"), where)).resolves.toBeUndefined();
    (globalThis as Global).__astroDb = {
      db: {
        insert: () => {
          throw new Error("insert failed");
        },
      },
    };
    await expect(onRequestError(new Error("y"), request("req-nodb-2"), where)).resolves.toBeUndefined();
  });
});
