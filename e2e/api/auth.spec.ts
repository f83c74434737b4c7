// The auth routes of /api/v1, called over HTTP as an integrator would.
import { expect, test } from "@playwright/test";
import { SignJWT } from "jose";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import {
  bearer,
  e2eAuthSecret,
  freshIp,
  linkFromMailbox,
  PASSWORD,
  tokenFor,
  travelerBody,
  uniqueEmail,
} from "./auth-helpers";

const PROBLEM = "application/problem+json";

test.describe("POST /api/v1/auth/register", () => {
  test("registers a traveler (201) and refuses the same email in another case (409 email_taken)", async ({
    request,
  }) => {
    const body = travelerBody();
    const created = await request.post("/api/v1/auth/register", {
      data: body,
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toEqual({
      id: expect.any(String),
      email: body.email,
      name: "Api Traveler",
      role: "traveler",
    });

    const again = await request.post("/api/v1/auth/register", {
      data: { ...body, email: `  ${body.email.toUpperCase()} ` },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(again.status()).toBe(409);
    expect(again.headers()["content-type"]).toContain(PROBLEM);
    expect(await again.json()).toMatchObject({
      status: 409,
      code: "email_taken",
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
  });

  test("registers an agency with its profile", async ({ request }) => {
    const response = await request.post("/api/v1/auth/register", {
      data: {
        email: uniqueEmail("agency"),
        password: PASSWORD,
        name: "Agency Owner",
        role: "agency",
        agency: {
          name: `Api Spaceways ${Date.now()}`,
          contactEmail: "hello@spaceways.example",
          country: "US",
          taxId: "12-3456789",
          website: "https://spaceways.example",
        },
      },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(response.status(), await response.text()).toBe(201);
    expect((await response.json()).role).toBe("agency");
  });

  test("answers 422 with field errors for an invalid body, and 400 for malformed JSON", async ({ request }) => {
    const body = travelerBody();
    const invalid = await request.post("/api/v1/auth/register", {
      data: {
        ...body,
        password: "password123",
        traveler: { ...body.traveler, taxId: "12345678A", phone: "12", dateOfBirth: "2015-01-01" },
      },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(invalid.status()).toBe(422);
    const problem = await invalid.json();
    expect(problem.code).toBe("validation_failed");
    expect(Object.keys(problem.errors).sort()).toEqual([
      "password",
      "traveler.dateOfBirth",
      "traveler.phone",
      "traveler.taxId",
    ]);

    const malformed = await request.post("/api/v1/auth/register", {
      data: Buffer.from("{not json"),
      headers: { "Content-Type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).code).toBe("bad_request");
  });

  test("never lets a visitor register as employee or it without a valid invitation", async ({ request }) => {
    const base = { email: uniqueEmail("sneaky"), password: PASSWORD, name: "Sneaky" };
    const noToken = await request.post("/api/v1/auth/register", {
      data: { ...base, role: "it" },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(noToken.status()).toBe(422);
    expect((await noToken.json()).errors).toHaveProperty("invitationToken");
    const badToken = await request.post("/api/v1/auth/register", {
      data: { ...base, role: "employee", invitationToken: "x".repeat(43) },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(badToken.status()).toBe(422);
    expect((await badToken.json()).errors).toHaveProperty("invitationToken");
  });
});

test.describe("POST /api/v1/auth/token", () => {
  test("issues a 1 h bearer token; wrong password and unknown email get the same 401", async ({ request }) => {
    const body = travelerBody();
    await request.post("/api/v1/auth/register", { data: body, headers: { "X-Forwarded-For": freshIp() } });
    const ip = freshIp();
    const ok = await request.post("/api/v1/auth/token", {
      data: { email: body.email.toUpperCase(), password: PASSWORD },
      headers: { "X-Forwarded-For": ip },
    });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({
      accessToken: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: "Bearer",
      expiresIn: 3600,
    });

    const wrong = await request.post("/api/v1/auth/token", {
      data: { email: body.email, password: "not-the-password" },
      headers: { "X-Forwarded-For": ip },
    });
    const unknown = await request.post("/api/v1/auth/token", {
      data: { email: uniqueEmail("ghost"), password: "not-the-password" },
      headers: { "X-Forwarded-For": ip },
    });
    expect([wrong.status(), unknown.status()]).toEqual([401, 401]);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a.code).toBe("invalid_credentials");
    expect({ ...a, requestId: undefined }).toEqual({ ...b, requestId: undefined });
  });

  test("answers 422 for a body without a valid email", async ({ request }) => {
    const response = await request.post("/api/v1/auth/token", {
      data: { email: "nope", password: "" },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(response.status()).toBe(422);
  });

  test("after 5 failures for one email, answers 429 rate_limited with Retry-After, even for the right password", async ({
    request,
  }) => {
    const body = travelerBody();
    await request.post("/api/v1/auth/register", { data: body, headers: { "X-Forwarded-For": freshIp() } });
    for (let i = 0; i < 5; i++) {
      const r = await request.post("/api/v1/auth/token", {
        data: { email: body.email, password: `wrong-password-${i}` },
        headers: { "X-Forwarded-For": freshIp() },
      });
      expect(r.status()).toBe(401);
    }
    const blocked = await request.post("/api/v1/auth/token", {
      data: { email: body.email, password: PASSWORD },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(blocked.status()).toBe(429);
    expect((await blocked.json()).code).toBe("rate_limited");
    const retryAfter = Number(blocked.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  test("after 20 failures from one IP, answers 429 for any email from that IP", async ({ request }) => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      const r = await request.post("/api/v1/auth/token", {
        data: { email: uniqueEmail("spray"), password: "wrong-password" },
        headers: { "X-Forwarded-For": ip },
      });
      expect(r.status()).toBe(401);
    }
    const blocked = await request.post("/api/v1/auth/token", {
      data: { email: DEMO.traveler, password: DEMO_PASSWORD },
      headers: { "X-Forwarded-For": ip },
    });
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    const elsewhere = await request.post("/api/v1/auth/token", {
      data: { email: DEMO.traveler, password: DEMO_PASSWORD },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(elsewhere.status()).toBe(200);
  });
});

test.describe("bearer tokens, GET /api/v1/me and POST /api/v1/auth/logout", () => {
  test("me describes the signed-in user; logout (204) revokes the token at once", async ({ request }) => {
    const body = travelerBody();
    await request.post("/api/v1/auth/register", { data: body, headers: { "X-Forwarded-For": freshIp() } });
    const token = await tokenFor(request, body.email);
    const me = await request.get("/api/v1/me", { headers: bearer(token) });
    expect(me.status()).toBe(200);
    expect(await me.json()).toEqual({
      id: expect.any(String),
      email: body.email,
      name: "Api Traveler",
      role: "traveler",
      emailVerified: false,
      vip: false,
      // A traveler's own contact and tax data (the account page edits it).
      traveler: expect.objectContaining({ country: "ES", dateOfBirth: "1990-04-12", address: body.traveler.address }),
    });

    const logout = await request.post("/api/v1/auth/logout", { headers: bearer(token) });
    expect(logout.status()).toBe(204);
    const after = await request.get("/api/v1/me", { headers: bearer(token) });
    expect(after.status()).toBe(401);
    expect((await after.json()).code).toBe("unauthorized");
    expect((await request.post("/api/v1/auth/logout", { headers: bearer(token) })).status()).toBe(401);
  });

  test("vip is derived: the demo VIP (2 confirmed trips) is, the demo traveler (1 trip) and staff are not", async ({
    request,
  }) => {
    const meOf = async (email: string) =>
      (await request.get("/api/v1/me", { headers: bearer(await tokenFor(request, email, DEMO_PASSWORD)) })).json();
    expect(await meOf(DEMO.vip)).toMatchObject({ role: "traveler", emailVerified: true, vip: true });
    expect(await meOf(DEMO.traveler)).toMatchObject({ role: "traveler", vip: false });
    expect(await meOf(DEMO.it)).toMatchObject({ role: "it", vip: false });
  });

  test("refuses a missing, tampered, unsigned (alg: none), foreign-key, expired or unknown-session token with 401", async ({
    request,
  }) => {
    const token = await tokenFor(request, DEMO.traveler, DEMO_PASSWORD);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const secret = new TextEncoder().encode(e2eAuthSecret());
    const sign = (c: Record<string, unknown>, key = secret) =>
      new SignJWT({ role: c.role, sid: c.sid })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(String(c.sub))
        .setIssuer(String(c.iss))
        .setAudience(String(c.aud))
        .setIssuedAt(Number(c.iat))
        .setExpirationTime(Number(c.exp))
        .sign(key);

    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      garbage: "not-a-jwt",
      "tampered signature": `${header}.${payload}.${flipped}`,
      "tampered claims (role: it)": `${header}.${b64({ ...claims, role: "it" })}.${signature}`,
      "alg none": `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...claims, role: "it" })}.`,
      "signed with another key": await sign(
        claims,
        new TextEncoder().encode("another-secret-another-secret-another-secret"),
      ),
      expired: await sign({ ...claims, iat: claims.iat - 7200, exp: claims.iat - 3600 }),
      "unknown session": await sign({ ...claims, sid: "00000000-0000-4000-8000-000000000000" }),
    };
    expect((await request.get("/api/v1/me", { headers: bearer(await sign(claims)) })).status()).toBe(200);
    for (const [name, value] of Object.entries(cases)) {
      const response = await request.get("/api/v1/me", { headers: value === undefined ? {} : bearer(value) });
      expect(response.status(), name).toBe(401);
      expect(response.headers()["content-type"], name).toContain(PROBLEM);
    }
  });

  test("a forged x-middleware-subrequest header changes nothing on a role page or an API route", async ({
    request,
  }) => {
    for (const forged of [
      "middleware:middleware:middleware:middleware:middleware",
      "proxy:proxy:proxy:proxy:proxy",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    ]) {
      const page = await request.get("/it", { headers: { "x-middleware-subrequest": forged }, maxRedirects: 0 });
      expect(page.status(), forged).toBeGreaterThanOrEqual(300);
      expect(page.status(), forged).toBeLessThan(400);
      expect(page.headers().location, forged).toContain("/login");
      const api = await request.get("/api/v1/me", { headers: { "x-middleware-subrequest": forged } });
      expect(api.status(), forged).toBe(401);
      const invite = await request.post("/api/v1/it/invitations", {
        headers: { "x-middleware-subrequest": forged },
        data: { email: uniqueEmail("forged"), role: "it" },
      });
      expect(invite.status(), forged).toBe(401);
    }
  });
});

test.describe("IT invitations and POST /api/v1/auth/confirm-email", () => {
  test("only IT may invite (401/403/422), and the list shows the invitation", async ({ request }) => {
    const it = await tokenFor(request, DEMO.it, DEMO_PASSWORD);
    const traveler = await tokenFor(request, DEMO.traveler, DEMO_PASSWORD);
    const email = uniqueEmail("colleague");
    expect((await request.post("/api/v1/it/invitations", { data: { email, role: "employee" } })).status()).toBe(401);
    expect(
      (
        await request.post("/api/v1/it/invitations", { data: { email, role: "employee" }, headers: bearer(traveler) })
      ).status(),
    ).toBe(403);
    expect(
      (await request.post("/api/v1/it/invitations", { data: { email, role: "admin" }, headers: bearer(it) })).status(),
    ).toBe(422);
    expect(
      (
        await request.post("/api/v1/it/invitations", {
          data: { email: DEMO.traveler, role: "it" },
          headers: bearer(it),
        })
      ).status(),
    ).toBe(409);

    const created = await request.post("/api/v1/it/invitations", {
      data: { email, role: "employee" },
      headers: bearer(it),
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ email, role: "employee", status: "pending" });
    const list = await (
      await request.get("/api/v1/it/invitations?page=1&pageSize=100", { headers: bearer(it) })
    ).json();
    expect(list).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
    expect(list.items.map((i: { email: string }) => i.email)).toContain(email);
  });

  test("an invited employee registers through the API with the emailed token, once", async ({ request }) => {
    const it = await tokenFor(request, DEMO.it, DEMO_PASSWORD);
    const email = uniqueEmail("invited");
    await request.post("/api/v1/it/invitations", { data: { email, role: "employee" }, headers: bearer(it) });
    const path = await linkFromMailbox(request, email, /\/invitation\/[\w-]+/);
    const invitationToken = path.split("/").pop();
    const body = { email, password: PASSWORD, name: "Invited Employee", role: "employee", invitationToken };
    expect(
      (
        await request.post("/api/v1/auth/register", {
          data: { ...body, email: uniqueEmail("other") },
          headers: { "X-Forwarded-For": freshIp() },
        })
      ).status(),
    ).toBe(422);
    const created = await request.post("/api/v1/auth/register", {
      data: body,
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(created.status(), await created.text()).toBe(201);
    expect((await created.json()).role).toBe("employee");
    expect(
      (
        await request.post("/api/v1/auth/register", {
          data: { ...body, email: uniqueEmail("again") },
          headers: { "X-Forwarded-For": freshIp() },
        })
      ).status(),
    ).toBe(422);
    const me = await (await request.get("/api/v1/me", { headers: bearer(await tokenFor(request, email)) })).json();
    expect(me).toMatchObject({ role: "employee", emailVerified: true });
  });

  test("confirms an email with the emailed token (204) exactly once; a bad token is 422", async ({ request }) => {
    const body = travelerBody();
    await request.post("/api/v1/auth/register", { data: body, headers: { "X-Forwarded-For": freshIp() } });
    const path = await linkFromMailbox(request, body.email, /\/confirm-email\?token=[\w%-]+/);
    const token = decodeURIComponent(new URL(path, "http://x").searchParams.get("token") ?? "");
    const first = await request.post("/api/v1/auth/confirm-email", { data: { token } });
    expect(first.status()).toBe(204);
    const second = await request.post("/api/v1/auth/confirm-email", { data: { token } });
    expect(second.status()).toBe(422);
    expect((await second.json()).detail).toMatch(/already been used/);
    const bad = await request.post("/api/v1/auth/confirm-email", { data: { token: "x".repeat(43) } });
    expect(bad.status()).toBe(422);
    const me = await (await request.get("/api/v1/me", { headers: bearer(await tokenFor(request, body.email)) })).json();
    expect(me.emailVerified).toBe(true);
  });
});

test("GET /api/v1/openapi.json documents the Auth operations", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  for (const path of ["/auth/register", "/auth/token", "/auth/logout", "/auth/confirm-email", "/me", "/it/invitations"])
    expect(doc.paths).toHaveProperty([path]);
});
