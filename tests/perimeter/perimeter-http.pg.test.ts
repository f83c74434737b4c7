// The perimeter seen from outside, as an attacker sees it: HTTP requests to the production
// server (scripts/server.mjs) on PostgreSQL. The per-address and per-email sign-in limits,
// the registration limit, and the unpaid-holds limit.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAttempts, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { MAX_UNPAID_HOLDS } from "@/lib/bookings/rules";
import { REGISTRATION_MAX_PER_IP, SIGN_IN_MAX_FAILURES_PER_EMAIL, SIGN_IN_MAX_FAILURES_PER_IP } from "@/lib/auth/rules";
import { makeLaunch } from "../bookings/fixtures";
import { productionDatabase, startProductionServer, type ProductionDatabase } from "../helpers/production-server";

const BUILD_AND_BOOT_MS = 900_000;
let database: ProductionDatabase;
beforeAll(async () => {
  database = await productionDatabase();
}, BUILD_AND_BOOT_MS);
afterAll(async () => {
  await database?.destroy();
});

let seq = 0;
const spoof = () => `10.${++seq % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const email = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@example.test`;

function post(baseUrl: string, path: string, body: unknown, forwardedFor?: string, token?: string) {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function userWithPassword(address: string, password: string) {
  await database.db.insert(users).values({
    email: address,
    passwordHash: await hashPassword(password),
    name: "Perimeter Tester",
    role: "traveler",
    dateOfBirth: "1990-01-01",
  });
}

const travelerRegistration = () => ({
  email: email("reg"),
  password: "orbit-stairs-2026",
  name: "Limit Tester",
  role: "traveler",
  traveler: {
    phone: "+34 612 345 678",
    country: "ES",
    taxId: "12345678Z",
    address: "Calle Mayor 1, 28013 Madrid",
    dateOfBirth: "1990-04-12",
  },
});

async function failuresRecordedFor(ip: string) {
  const [row] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.success, false)));
  return row.n;
}

describe("with no trusted proxy (TRUST_PROXY_HOPS unset)", () => {
  let server: { baseUrl: string; stop: () => Promise<void> };
  beforeAll(async () => {
    server = await startProductionServer(database.url);
  }, BUILD_AND_BOOT_MS);
  afterAll(async () => {
    await server?.stop();
  });

  it(`a fresh X-Forwarded-For on every request does not escape the ${SIGN_IN_MAX_FAILURES_PER_IP}-per-address sign-in limit`, async () => {
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_IP; i++) {
      const response = await post(
        server.baseUrl,
        "/api/v1/auth/token",
        { email: email("spray"), password: "wrong-password-1" },
        spoof(),
      );
      expect(response.status).toBe(401);
    }
    const blocked = await post(
      server.baseUrl,
      "/api/v1/auth/token",
      { email: email("spray"), password: "wrong-password-1" },
      spoof(),
    );
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // Every attempt was counted against the connection's own address.
    expect(await failuresRecordedFor("127.0.0.1")).toBe(SIGN_IN_MAX_FAILURES_PER_IP);
  });

  it(`a fresh X-Forwarded-For on every request does not escape the ${REGISTRATION_MAX_PER_IP}-per-address registration limit`, async () => {
    for (let i = 0; i < REGISTRATION_MAX_PER_IP; i++) {
      const response = await post(server.baseUrl, "/api/v1/auth/register", travelerRegistration(), spoof());
      expect(response.status, await response.text()).toBe(201);
    }
    const blocked = await post(server.baseUrl, "/api/v1/auth/register", travelerRegistration(), spoof());
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("behind one trusted proxy (TRUST_PROXY_HOPS=1)", () => {
  let server: { baseUrl: string; stop: () => Promise<void> };
  beforeAll(async () => {
    server = await startProductionServer(database.url, { TRUST_PROXY_HOPS: "1" });
  }, BUILD_AND_BOOT_MS);
  afterAll(async () => {
    await server?.stop();
  });

  it("counts `X-Forwarded-For: <spoof>, 203.0.113.9` against 203.0.113.9, the address the proxy appended", async () => {
    for (let i = 0; i < SIGN_IN_MAX_FAILURES_PER_IP; i++) {
      const response = await post(
        server.baseUrl,
        "/api/v1/auth/token",
        { email: email("spray"), password: "wrong-password-1" },
        `${spoof()}, 203.0.113.9`,
      );
      expect(response.status).toBe(401);
    }
    expect(await failuresRecordedFor("203.0.113.9")).toBe(SIGN_IN_MAX_FAILURES_PER_IP);
    const blocked = await post(
      server.baseUrl,
      "/api/v1/auth/token",
      { email: email("spray"), password: "wrong-password-1" },
      `${spoof()}, 203.0.113.9`,
    );
    expect(blocked.status).toBe(429);
    // Another client behind the same proxy is not affected.
    const other = await post(
      server.baseUrl,
      "/api/v1/auth/token",
      { email: email("spray"), password: "wrong-password-1" },
      "198.51.100.7",
    );
    expect(other.status).toBe(401);
  });

  it(`40 wrong passwords for one email sent at once: at most ${SIGN_IN_MAX_FAILURES_PER_EMAIL} are evaluated, the rest get 429`, async () => {
    const victim = email("victim");
    await userWithPassword(victim, "the-real-password-1");
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const response = await post(
          server.baseUrl,
          "/api/v1/auth/token",
          { email: victim, password: "wrong-password-1" },
          spoof(),
        );
        return response.status;
      }),
    );
    const evaluated = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, victim));
    expect(evaluated[0].n).toBe(SIGN_IN_MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - SIGN_IN_MAX_FAILURES_PER_EMAIL);
    // The account is locked for the window, even with the right password.
    const right = await post(
      server.baseUrl,
      "/api/v1/auth/token",
      { email: victim, password: "the-real-password-1" },
      spoof(),
    );
    expect(right.status).toBe(429);
  });

  it(`a traveler's hold beyond ${MAX_UNPAID_HOLDS} unpaid ones is a 409 too_many_holds; releasing one makes room`, async () => {
    const traveler = email("holder");
    await userWithPassword(traveler, "the-real-password-2");
    const tokenResponse = await post(
      server.baseUrl,
      "/api/v1/auth/token",
      { email: traveler, password: "the-real-password-2" },
      spoof(),
    );
    const { accessToken } = (await tokenResponse.json()) as { accessToken: string };
    const launches = await Promise.all(Array.from({ length: MAX_UNPAID_HOLDS + 1 }, () => makeLaunch(database)));
    const hold = (launchId: string) =>
      post(server.baseUrl, "/api/v1/bookings", { launchId, seatCount: 1 }, undefined, accessToken);
    const held: { id: string }[] = [];
    for (const launch of launches.slice(0, MAX_UNPAID_HOLDS)) {
      const response = await hold(launch.id);
      expect(response.status, await response.clone().text()).toBe(201);
      held.push((await response.json()) as { id: string });
    }
    const refused = await hold(launches[MAX_UNPAID_HOLDS].id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe("too_many_holds");
    expect(problem.detail).toMatch(/pay for one or release it/i);

    const released = await post(server.baseUrl, `/api/v1/bookings/${held[0].id}/cancel`, {}, undefined, accessToken);
    expect(released.status).toBe(200);
    expect(await released.json()).toMatchObject({ status: "cancelled", refundCents: 0 });
    expect((await hold(launches[MAX_UNPAID_HOLDS].id)).status).toBe(201);
  });
});
