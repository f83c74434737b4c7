// The Account API (self-service and staff user admin) as an integrator calls it.
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, freshIp, linkFromMailbox, PASSWORD, tokenFor, travelerBody, uniqueEmail } from "./auth-helpers";

const NEW_PASSWORD = "quasar-meadow-2030";

test.describe("POST /api/v1/auth/password-reset", () => {
  test("answers 202 with the same body for any email; the link works once; the old password and token die", async ({
    request,
  }) => {
    const email = uniqueEmail("reset");
    expect(
      (
        await request.post("/api/v1/auth/register", {
          data: travelerBody(email),
          headers: { "X-Forwarded-For": freshIp() },
        })
      ).status(),
    ).toBe(201);
    const before = await tokenFor(request, email);
    const ip = freshIp();
    const known = await request.post("/api/v1/auth/password-reset", {
      data: { email },
      headers: { "X-Forwarded-For": ip },
    });
    const unknown = await request.post("/api/v1/auth/password-reset", {
      data: { email: uniqueEmail("nobody") },
      headers: { "X-Forwarded-For": ip },
    });
    expect(known.status()).toBe(202);
    expect(unknown.status()).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());

    const link = await linkFromMailbox(request, email, /\/reset-password\?token=[\w%-]+/);
    const token = new URL(link, "http://x").searchParams.get("token")!;
    const weak = await request.post("/api/v1/auth/password-reset/confirm", {
      data: { token, password: "password123" },
    });
    expect(weak.status()).toBe(422);
    const ok = await request.post("/api/v1/auth/password-reset/confirm", { data: { token, password: NEW_PASSWORD } });
    expect(ok.status()).toBe(204);
    const again = await request.post("/api/v1/auth/password-reset/confirm", {
      data: { token, password: NEW_PASSWORD },
    });
    expect(again.status()).toBe(400);
    expect((await again.json()).code).toBe("token_invalid");

    expect((await request.get("/api/v1/me", { headers: bearer(before) })).status()).toBe(401);
    const old = await request.post("/api/v1/auth/token", {
      data: { email, password: PASSWORD },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(old.status()).toBe(401);
    await tokenFor(request, email, NEW_PASSWORD);
  });

  test("limits requests per client address: the 11th in an hour → 429 with Retry-After", async ({ request }) => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const res = await request.post("/api/v1/auth/password-reset", {
        data: { email: uniqueEmail("probe") },
        headers: { "X-Forwarded-For": ip },
      });
      expect(res.status()).toBe(202);
    }
    const blocked = await request.post("/api/v1/auth/password-reset", {
      data: { email: uniqueEmail("probe") },
      headers: { "X-Forwarded-For": ip },
    });
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test.describe("IT user admin", () => {
  test("finds, deactivates (403 account_disabled) and reactivates a user; revokes an invitation", async ({
    request,
  }) => {
    const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    const email = uniqueEmail("staffed");
    await request.post("/api/v1/auth/register", {
      data: travelerBody(email),
      headers: { "X-Forwarded-For": freshIp() },
    });
    const found = await (await request.get(`/api/v1/it/users?q=${encodeURIComponent(email)}`, { headers: it })).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ email, role: "traveler", status: "active" });
    const id = found.items[0].id;
    const userToken = await tokenFor(request, email);

    const off = await request.post(`/api/v1/it/users/${id}/deactivate`, { headers: it });
    expect(off.status()).toBe(200);
    expect((await off.json()).status).toBe("disabled");
    expect((await request.get("/api/v1/me", { headers: bearer(userToken) })).status()).toBe(401);
    const refused = await request.post("/api/v1/auth/token", {
      data: { email, password: PASSWORD },
      headers: { "X-Forwarded-For": freshIp() },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe("account_disabled");
    expect((await request.post(`/api/v1/it/users/${id}/reactivate`, { headers: it })).status()).toBe(200);
    await tokenFor(request, email);

    const traveler = bearer(await tokenFor(request, email));
    expect((await request.get("/api/v1/it/users", { headers: traveler })).status()).toBe(403);

    const invitation = await (
      await request.post("/api/v1/it/invitations", { data: { email: uniqueEmail("oops"), role: "it" }, headers: it })
    ).json();
    expect((await request.delete(`/api/v1/it/invitations/${invitation.id}`, { headers: it })).status()).toBe(204);
    const list = await (await request.get("/api/v1/it/invitations?pageSize=100", { headers: it })).json();
    expect(list.items.find((i: { id: string }) => i.id === invitation.id).status).toBe("revoked");
    expect((await request.delete(`/api/v1/it/invitations/not-a-uuid`, { headers: it })).status()).toBe(404);
  });
});
