// The IT notification routes of /api/v1, called over HTTP as an integrator would.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, freshIp, tokenFor, travelerBody, uniqueEmail } from "./auth-helpers";
import { cronSecret } from "./it-helpers";

const PROBLEM = "application/problem+json";
const NOBODY = "00000000-0000-4000-8000-000000000000";

async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain(PROBLEM);
  expect(await response.json()).toMatchObject({ status, code });
}

interface Row {
  id: string;
  status: string;
  queue: string;
  template: string;
  recipient: string;
  attempts: number;
}

/** A new traveler: queues one verify_email notification to a unique address. */
async function queueOne(request: APIRequestContext): Promise<string> {
  const email = uniqueEmail("notif");
  const res = await request.post("/api/v1/auth/register", {
    data: travelerBody(email),
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return email;
}

async function dispatch(request: APIRequestContext) {
  const res = await request.get("/api/cron/notifications", { headers: { Authorization: `Bearer ${cronSecret()}` } });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

test.describe("IT notifications API: who may call it", () => {
  test("401 without a token, 403 for travelers, agencies and employees", async ({ request }) => {
    const routes: [string, string, unknown?][] = [
      ["GET", "/api/v1/it/notifications"],
      ["GET", `/api/v1/it/notifications/${NOBODY}`],
      ["PATCH", `/api/v1/it/notifications/${NOBODY}`, { status: "deleted" }],
      ["GET", "/api/v1/it/notifications/service-status"],
      ["GET", "/api/v1/it/mailbox"],
    ];
    const others = await Promise.all(
      [DEMO.traveler, DEMO.agency, DEMO.employee].map(async (email) =>
        bearer(await tokenFor(request, email, DEMO_PASSWORD)),
      ),
    );
    for (const [method, path, data] of routes) {
      await expectProblem(await request.fetch(path, { method, data }), 401, "unauthorized");
      await expectProblem(
        await request.fetch(path, { method, data, headers: { Authorization: "Bearer not-a-token" } }),
        401,
        "unauthorized",
      );
      for (const headers of others)
        await expectProblem(await request.fetch(path, { method, data, headers }), 403, "forbidden");
    }
  });
});

test.describe("IT notifications API", () => {
  test("lists with filters, sort, pagination and counts", async ({ request }) => {
    const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    const email = await queueOne(request);
    const mine = await request.get(
      `/api/v1/it/notifications?recipient=${encodeURIComponent(email)}&template=verify_email`,
      { headers: it },
    );
    expect(mine.status()).toBe(200);
    const body = await mine.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items[0]).toMatchObject({ recipient: email, template: "verify_email", queue: "default" });
    expect(body.counts.byStatus).toEqual(
      expect.objectContaining({
        pending: expect.any(Number),
        sent: expect.any(Number),
        failed: expect.any(Number),
        deleted: expect.any(Number),
        sending: expect.any(Number),
      }),
    );
    expect(body.counts.byQueue.vip).toBeDefined();

    const failed = await (
      await request.get("/api/v1/it/notifications?status=failed&sort=attempts&order=desc&pageSize=2", { headers: it })
    ).json();
    expect(failed.pageSize).toBe(2);
    for (const row of failed.items as Row[]) expect(row.status).toBe("failed");

    const vip = await (await request.get("/api/v1/it/notifications?queue=vip", { headers: it })).json();
    for (const row of vip.items as Row[]) expect(row.queue).toBe("vip");

    await expectProblem(
      await request.get("/api/v1/it/notifications?status=lost", { headers: it }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await request.get("/api/v1/it/notifications?pageSize=101", { headers: it }),
      422,
      "validation_failed",
    );
  });

  test("PATCH marks a pending or failed row sent or deleted; other states are 409", async ({ request }) => {
    const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    const failed = (
      await (await request.get("/api/v1/it/notifications?status=failed&pageSize=100", { headers: it })).json()
    ).items as Row[];
    expect(failed.length).toBeGreaterThan(0);
    const target = failed[failed.length - 1];

    const marked = await request.patch(`/api/v1/it/notifications/${target.id}`, {
      headers: it,
      data: { status: "sent" },
    });
    expect(marked.status(), await marked.text()).toBe(200);
    expect(await marked.json()).toMatchObject({ id: target.id, status: "sent" });
    await expectProblem(
      await request.patch(`/api/v1/it/notifications/${target.id}`, { headers: it, data: { status: "deleted" } }),
      409,
      "invalid_transition",
    );

    const detail = await (await request.get(`/api/v1/it/notifications/${target.id}`, { headers: it })).json();
    expect(detail).toMatchObject({ status: "sent", idempotencyKey: expect.any(String) });
    expect(detail.attemptsLog.length).toBeGreaterThan(0);

    // A fresh row: delete it if the dispatcher has not taken it yet; either way, once sent it is 409.
    const email = await queueOne(request);
    const [row] = (
      await (
        await request.get(`/api/v1/it/notifications?recipient=${encodeURIComponent(email)}`, { headers: it })
      ).json()
    ).items as Row[];
    const del = await request.patch(`/api/v1/it/notifications/${row.id}`, { headers: it, data: { status: "deleted" } });
    expect([200, 409]).toContain(del.status());

    const email2 = await queueOne(request);
    await dispatch(request);
    const [sent] = (
      await (
        await request.get(`/api/v1/it/notifications?recipient=${encodeURIComponent(email2)}`, { headers: it })
      ).json()
    ).items as Row[];
    expect(sent.status).toBe("sent");
    await expectProblem(
      await request.patch(`/api/v1/it/notifications/${sent.id}`, { headers: it, data: { status: "deleted" } }),
      409,
      "invalid_transition",
    );

    await expectProblem(
      await request.patch(`/api/v1/it/notifications/${sent.id}`, { headers: it, data: { status: "pending" } }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await request.patch(`/api/v1/it/notifications/${NOBODY}`, { headers: it, data: { status: "deleted" } }),
      404,
      "not_found",
    );
    const malformed = await request.fetch(`/api/v1/it/notifications/${sent.id}`, {
      method: "PATCH",
      headers: { ...it, "Content-Type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(malformed.status()).toBe(400);
  });

  test("service status answers the service-status metrics and a verdict", async ({ request }) => {
    const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    await queueOne(request);
    await dispatch(request);
    const res = await request.get("/api/v1/it/notifications/service-status", { headers: it });
    expect(res.status()).toBe(200);
    const s = await res.json();
    expect(s).toMatchObject({
      provider: { name: "mailbox", configured: true },
      uptime: { seconds: expect.any(Number) },
      lastSuccessfulSendAt: expect.any(String),
      lastHour: { sent: expect.any(Number), failed: expect.any(Number), failureRate: expect.any(Number) },
      last24h: { sent: expect.any(Number) },
      queues: { vip: { pending: expect.any(Number) }, default: { pending: expect.any(Number) } },
      lastRun: { durationMs: expect.any(Number) },
      verdict: expect.stringMatching(/^(ok|degraded|down)$/),
      thresholds: { degraded: { failureRate: 0.1 }, down: { failureRate: 0.5 } },
    });
    expect(s.lastHour.sent).toBeGreaterThan(0);
  });

  test("the mailbox lists delivered mails, filtered by recipient", async ({ request }) => {
    const it = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    const email = await queueOne(request);
    await dispatch(request);
    const res = await request.get(`/api/v1/it/mailbox?to=${encodeURIComponent(email)}`, { headers: it });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items[0]).toMatchObject({ to: email, subject: "Confirm your email address" });
    expect(body.items[0].text).toMatch(/\/confirm-email\?token=/);
    expect(body.items[0].html).toMatch(/^<!DOCTYPE html/i);
  });

  test("the OpenAPI document lists the notification operations", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.paths["/it/notifications"].get).toBeDefined();
    expect(doc.paths["/it/notifications/{id}"].patch).toBeDefined();
    expect(doc.paths["/it/notifications/service-status"].get).toBeDefined();
    expect(doc.paths["/it/mailbox"].get).toBeDefined();
  });
});
