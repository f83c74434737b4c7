import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { activityLog, users } from "@/db/schema";
import { signApiToken } from "@/lib/auth/api-tokens";
import { createSession } from "@/lib/auth/sessions";
import { idParams } from "@/lib/validation";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { apiHandler } from "./api-handler";

const SECRET = "api-handler-test-secret-0123456789abcdef";
let db: TestDb;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  // Set both secrets so getEnv() never writes an embedded secrets file.
  vi.stubEnv("CRON_SECRET", "api-handler-test-cron-secret");
  db = await createTestDb();
  // getDb() answers this handle: the handler runs against the test database.
  (globalThis as { __astroDb?: unknown }).__astroDb = db;
});
afterAll(async () => {
  delete (globalThis as { __astroDb?: unknown }).__astroDb;
  vi.unstubAllEnvs();
  await db?.destroy();
});

describe("apiHandler", () => {
  it("logs an unexpected error with the authenticated actor, not the anonymous base context", async () => {
    const [user] = await db.db
      .insert(users)
      .values({ email: "it-handler@example.test", passwordHash: "x", name: "IT", role: "it" })
      .returning();
    const session = await createSession(db.ctx(), user.id, "api");
    const token = await signApiToken({ sub: user.id, role: "it", sid: session.id }, SECRET, new Date());
    const route = apiHandler({ access: ["it"] }, async () => {
      throw new Error("kaboom in the handler");
    });
    const request = new NextRequest("http://127.0.0.1/api/v1/it/test", {
      headers: { authorization: `Bearer ${token}`, "x-request-id": "req-handler-1" },
    });
    const response = await route(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
    const [entry] = await db.db.select().from(activityLog).where(eq(activityLog.requestId, "req-handler-1"));
    expect(entry).toMatchObject({
      level: "error",
      event: "error.unexpected",
      message: "kaboom in the handler",
      actorId: user.id,
      actor: "it-handler@example.test",
    });
    expect(entry.details).toMatchObject({ path: "/api/v1/it/test", method: "GET" });
  });

  it("answers a malformed path id 404 not_found without running the handler", async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const route = apiHandler({ access: "public", params: idParams }, handler);
    const response = await route(new NextRequest("http://127.0.0.1/api/v1/things/not-a-uuid"), {
      params: Promise.resolve({ id: "not-a-uuid" }),
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).code).toBe("not_found");
    expect(handler).not.toHaveBeenCalled();
  });

  it("hands the handler the parsed params", async () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const route = apiHandler(
      { access: "public", params: z.object({ id: z.uuid(), n: z.coerce.number() }) },
      async ({ params }) => ({
        id: params.id,
        twice: params.n * 2,
      }),
    );
    const response = await route(new NextRequest(`http://127.0.0.1/api/v1/things/${id}/21`), {
      params: Promise.resolve({ id, n: "21" }),
    });
    expect(await response.json()).toEqual({ id, twice: 42 });
  });

  it("checks the bearer token before the params: signed out, a malformed id is still 401", async () => {
    const route = apiHandler({ access: ["it"], params: idParams }, async () => ({}));
    const response = await route(new NextRequest("http://127.0.0.1/api/v1/things/not-a-uuid"), {
      params: Promise.resolve({ id: "not-a-uuid" }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe("unauthorized");
  });

  it("answers the caller's X-Request-Id when it is a short token, and a new one for a forged header", async () => {
    const route = apiHandler({ access: "public" }, async () => ({ ok: true }));
    const ask = (id: string) =>
      route(new NextRequest("http://127.0.0.1/api/v1/things", { headers: { "x-request-id": id } }), {
        params: Promise.resolve({}),
      });
    expect((await ask("lb-0123456789")).headers.get("x-request-id")).toBe("lb-0123456789");
    const forged = (await ask("id\tspoofed=1 level=error")).headers.get("x-request-id");
    expect(forged).toMatch(/^[0-9a-f-]{36}$/);
  });
});
