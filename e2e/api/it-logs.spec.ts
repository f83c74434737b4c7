// GET /api/v1/it/logs: filters, keyset pages, hostile input, streamed export.
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, freshIp, tokenFor, uniqueEmail } from "./auth-helpers";

// The list and both exports: 401 without (or with a signed-out) token, 403 for every other role.
const LOG_ROUTES = [
  "/api/v1/it/logs",
  "/api/v1/it/logs?format=csv",
  "/api/v1/it/logs?format=json",
  "/api/v1/it/logs?q=x&level=error",
];

test("401 without a token, 403 for travelers, agencies and employees, on the list and both exports", async ({
  request,
}) => {
  for (const path of LOG_ROUTES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).code, path).toBe("unauthorized");
  }
  for (const email of [DEMO.traveler, DEMO.agency, DEMO.employee]) {
    const auth = bearer(await tokenFor(request, email, DEMO_PASSWORD));
    for (const path of LOG_ROUTES) {
      const response = await request.get(path, { headers: auth });
      expect(response.status(), `${email} ${path}`).toBe(403);
      expect((await response.json()).code, `${email} ${path}`).toBe("forbidden");
    }
  }
  // An IT token revoked by logout is no token at all.
  const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
  expect((await request.post("/api/v1/auth/logout", { headers: it })).status()).toBe(204);
  for (const path of LOG_ROUTES) expect((await request.get(path, { headers: it })).status(), path).toBe(401);
});

test("an IT employee finds a failed sign-in by email, pages with a cursor and exports CSV and JSON", async ({
  request,
}) => {
  const email = uniqueEmail("intruder");
  const failed = await request.post("/api/v1/auth/token", {
    data: { email, password: "wrong-password-123" },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(failed.status()).toBe(401);
  const auth = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));

  const found = await request.get(`/api/v1/it/logs?actor=${encodeURIComponent(email)}`, { headers: auth });
  expect(found.status(), await found.text()).toBe(200);
  const body = await found.json();
  expect(body.items).toHaveLength(1);
  expect(body.items[0]).toMatchObject({ event: "auth.sign_in_failed", level: "warn", actor: email });
  expect(
    (await (await request.get(`/api/v1/it/logs?q=${encodeURIComponent(email)}&level=warn`, { headers: auth })).json())
      .items,
  ).toHaveLength(1);

  // A given from/to is a custom range, whatever preset is sent beside it.
  const around = (fromMs: number, toMs: number) => {
    const at = new Date(body.items[0].at as string).getTime();
    return `from=${new Date(at + fromMs).toISOString()}&to=${new Date(at + toMs).toISOString()}`;
  };
  const ranged = async (range: string) =>
    (
      await (
        await request.get(`/api/v1/it/logs?actor=${encodeURIComponent(email)}&preset=1h&${range}`, { headers: auth })
      ).json()
    ).items;
  expect(await ranged(around(3_600_000, 7_200_000))).toEqual([]);
  expect(await ranged(around(-60_000, 60_000))).toHaveLength(1);

  const first = await (await request.get("/api/v1/it/logs?pageSize=2", { headers: auth })).json();
  expect(first.items).toHaveLength(2);
  expect(first.nextCursor).toEqual(expect.any(String));
  const second = await (
    await request.get(`/api/v1/it/logs?pageSize=2&cursor=${first.nextCursor}`, { headers: auth })
  ).json();
  expect(second.items.map((i: { id: number }) => i.id)).not.toContain(first.items[0].id);

  const csv = await request.get(`/api/v1/it/logs?actor=${encodeURIComponent(email)}&format=csv`, { headers: auth });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const lines = (await csv.text()).trim().split("\n");
  expect(lines[0]).toBe("id,at,level,event,actor,actorId,requestId,message,details");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(email);

  const json = await request.get(`/api/v1/it/logs?actor=${encodeURIComponent(email)}&format=json`, { headers: auth });
  expect(await json.json()).toEqual([expect.objectContaining({ event: "auth.sign_in_failed" })]);
});

test("hostile filters get a 422 or an empty result, never a 500 and never everything", async ({ request }) => {
  const auth = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
  for (const query of [
    `q=${"x".repeat(10_000)}`,
    "from=yesterday",
    "to=2026-13-45",
    "level=fatal",
    "cursor=AAAA",
    "pageSize=100000",
    "format=xml",
  ]) {
    const response = await request.get(`/api/v1/it/logs?${query}`, { headers: auth });
    expect(response.status(), query).toBe(422);
  }
  for (const q of ["%", "_", "' OR 1=1 --", "%' OR '1'='1", "\\"]) {
    const response = await request.get(`/api/v1/it/logs?q=${encodeURIComponent(q)}&actor=${encodeURIComponent(q)}`, {
      headers: auth,
    });
    expect(response.status(), q).toBe(200);
    expect((await response.json()).items, q).toEqual([]);
  }
});
