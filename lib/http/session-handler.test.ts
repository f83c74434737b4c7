import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { idParams } from "@/lib/validation";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";

// No Auth.js in vitest: the session cookie's user is whatever this test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.actor }));

const { sessionHandler } = await import("./session-handler");

const IT: Actor = { id: "00000000-0000-4000-8000-00000000000a", role: "it", email: "it@example.test", name: "IT" };
const TRAVELER: Actor = { ...IT, role: "traveler", email: "t@example.test" };
const ID = "00000000-0000-4000-8000-000000000001";
let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  (globalThis as { __astroDb?: unknown }).__astroDb = db;
});
afterAll(async () => {
  delete (globalThis as { __astroDb?: unknown }).__astroDb;
  await db?.destroy();
});

const get = (path: string, params: Record<string, string> = {}) =>
  sessionHandler(
    { roles: ["it"], params: idParams, query: z.object({ n: z.coerce.number().optional() }) },
    async ({ params: p, query, actor }) => {
      if (query.n === 0) throw new DomainError("conflict", "Zero is taken.");
      return { id: p.id, by: actor.role, n: query.n };
    },
  )(new NextRequest(`http://127.0.0.1${path}`), { params: Promise.resolve(params) });

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect((await response.json()).code).toBe(code);
}

describe("sessionHandler", () => {
  it("answers a signed-out browser 401 unauthorized, as problem+json", async () => {
    session.actor = null;
    await expectProblem(await get(`/it/x/${ID}`, { id: ID }), 401, "unauthorized");
  });

  it("answers another role 403 forbidden, before looking at the params", async () => {
    session.actor = TRAVELER;
    await expectProblem(await get("/it/x/not-a-uuid", { id: "not-a-uuid" }), 403, "forbidden");
  });

  it("answers a malformed path id 404 and an invalid query 422", async () => {
    session.actor = IT;
    await expectProblem(await get("/it/x/not-a-uuid", { id: "not-a-uuid" }), 404, "not_found");
    await expectProblem(await get(`/it/x/${ID}?n=many`, { id: ID }), 422, "validation_failed");
  });

  it("turns a service's DomainError into its problem document", async () => {
    session.actor = IT;
    await expectProblem(await get(`/it/x/${ID}?n=0`, { id: ID }), 409, "conflict");
  });

  it("sends the handler's data as JSON that no shared cache keeps", async () => {
    session.actor = IT;
    const response = await get(`/it/x/${ID}?n=3`, { id: ID });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ id: ID, by: "it", n: 3 });
  });
});
