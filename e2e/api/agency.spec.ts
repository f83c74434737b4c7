// The agency console routes of /api/v1, called over HTTP as an integrator would.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, freshIp, PASSWORD, tokenFor, uniqueEmail } from "./auth-helpers";

const PROBLEM = "application/problem+json";
const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A fresh agency of its own (registered through the API), so tests never share data. */
async function newAgency(request: APIRequestContext) {
  const email = uniqueEmail("agency-api");
  const name = `Api Agency ${email.split("@")[0]}`;
  const registered = await request.post("/api/v1/auth/register", {
    data: {
      email,
      password: PASSWORD,
      name: "Api Agency Ops",
      role: "agency",
      agency: { name, contactEmail: email, country: "US", taxId: "27-1234567" },
    },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const headers = bearer(await tokenFor(request, email));
  return { headers, name, email };
}

async function newRocket(
  request: APIRequestContext,
  headers: Record<string, string>,
  body: Record<string, unknown> = {},
) {
  const response = await request.post("/api/v1/agency/rockets", {
    headers,
    data: { name: `Rocket ${Math.random().toString(36).slice(2, 8)}`, capacity: 10, range: "moon", ...body },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function newLaunch(request: APIRequestContext, headers: Record<string, string>, rocketId: string, days = 30) {
  const response = await request.post("/api/v1/agency/launches", {
    headers,
    data: {
      rocketId,
      spaceport: "Cape Canaveral",
      destination: "moon",
      date: inDays(days),
      pricePerSeatCents: 12_345_00,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function expectProblem(
  response: Awaited<ReturnType<APIRequestContext["get"]>>,
  status: number,
  code: string,
): Promise<{ detail: string; errors: Record<string, string[]> }> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain(PROBLEM);
  const body = (await response.json()) as { detail: string; errors: Record<string, string[]> };
  expect(body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body;
}

const ROUTES: [string, string][] = [
  ["GET", "/api/v1/agency/profile"],
  ["PUT", "/api/v1/agency/profile"],
  ["GET", "/api/v1/agency/rockets"],
  ["POST", "/api/v1/agency/rockets"],
  ["GET", "/api/v1/agency/rockets/00000000-0000-4000-8000-000000000000"],
  ["PATCH", "/api/v1/agency/rockets/00000000-0000-4000-8000-000000000000"],
  ["DELETE", "/api/v1/agency/rockets/00000000-0000-4000-8000-000000000000"],
  ["GET", "/api/v1/agency/launches"],
  ["POST", "/api/v1/agency/launches"],
  ["GET", "/api/v1/agency/launches/00000000-0000-4000-8000-000000000000"],
  ["POST", "/api/v1/agency/launches/00000000-0000-4000-8000-000000000000/status"],
  ["GET", "/api/v1/agency/launches/00000000-0000-4000-8000-000000000000/bookings-report"],
];

test.describe("Agency console API: who may call it", () => {
  test("every route answers 401 without a valid token", async ({ request }) => {
    for (const [method, path] of ROUTES) {
      for (const headers of [{}, { Authorization: "Bearer not-a-token" }] as Record<string, string>[]) {
        const response = await request.fetch(path, {
          method,
          headers,
          data: method === "GET" || method === "DELETE" ? undefined : {},
        });
        await expectProblem(response, 401, "unauthorized");
      }
    }
  });

  test("every route answers 403 to travelers and employees", async ({ request }) => {
    for (const email of [DEMO.traveler, DEMO.employee]) {
      const headers = bearer(await tokenFor(request, email, DEMO_PASSWORD));
      for (const [method, path] of ROUTES) {
        const response = await request.fetch(path, {
          method,
          headers,
          data: method === "GET" || method === "DELETE" ? undefined : {},
        });
        await expectProblem(response, 403, "forbidden");
      }
    }
  });

  test("another agency's rocket and launch answer 404 on every route", async ({ request }) => {
    const owner = await newAgency(request);
    const other = await newAgency(request);
    const rocket = await newRocket(request, owner.headers);
    const launch = await newLaunch(request, owner.headers, rocket.id);
    const h = other.headers;
    await expectProblem(await request.get(`/api/v1/agency/rockets/${rocket.id}`, { headers: h }), 404, "not_found");
    await expectProblem(
      await request.patch(`/api/v1/agency/rockets/${rocket.id}`, { headers: h, data: { capacity: 5 } }),
      404,
      "not_found",
    );
    await expectProblem(await request.delete(`/api/v1/agency/rockets/${rocket.id}`, { headers: h }), 404, "not_found");
    await expectProblem(await request.get(`/api/v1/agency/launches/${launch.id}`, { headers: h }), 404, "not_found");
    await expectProblem(
      await request.post(`/api/v1/agency/launches/${launch.id}/status`, { headers: h, data: { status: "aborted" } }),
      404,
      "not_found",
    );
    await expectProblem(
      await request.get(`/api/v1/agency/launches/${launch.id}/bookings-report`, { headers: h }),
      404,
      "not_found",
    );
    await expectProblem(
      await request.post("/api/v1/agency/launches", {
        headers: h,
        data: { rocketId: rocket.id, spaceport: "Xy", destination: "moon", date: inDays(60), pricePerSeatCents: 100 },
      }),
      404,
      "not_found",
    );
    await expectProblem(await request.get("/api/v1/agency/launches/not-a-uuid", { headers: h }), 404, "not_found");
    const list = await (await request.get("/api/v1/agency/launches", { headers: h })).json();
    expect(list).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const rockets = await (await request.get("/api/v1/agency/rockets", { headers: h })).json();
    expect(rockets.total).toBe(0);
  });
});

test.describe("Agency console API: profile and rockets", () => {
  test("GET and PUT the profile; 422 with field errors for an invalid one", async ({ request }) => {
    const { headers, name, email } = await newAgency(request);
    const profile = await (await request.get("/api/v1/agency/profile", { headers })).json();
    expect(profile).toMatchObject({ name, contactEmail: email, country: "US", taxId: "27-1234567" });
    const put = await request.put("/api/v1/agency/profile", {
      headers,
      data: {
        name: `${name} Renamed`,
        contactEmail: email,
        country: "ES",
        taxId: "12345678Z",
        description: "Moon trips",
        website: "https://renamed.example",
      },
    });
    expect(put.status(), await put.text()).toBe(200);
    expect(await put.json()).toMatchObject({ name: `${name} Renamed`, country: "ES", description: "Moon trips" });
    const invalid = await expectProblem(
      await request.put("/api/v1/agency/profile", {
        headers,
        data: { name: "", contactEmail: "nope", country: "ES", taxId: "123" },
      }),
      422,
      "validation_failed",
    );
    expect(Object.keys(invalid.errors)).toEqual(expect.arrayContaining(["name", "contactEmail", "taxId"]));
  });

  test("rockets: create (201), list, get, patch, delete (204); 422 for invalid or duplicate; 409 while it has live launches", async ({
    request,
  }) => {
    const { headers } = await newAgency(request);
    const rocket = await newRocket(request, headers, { name: "Api Falcon", capacity: 1, range: "suborbital" });
    expect(rocket).toMatchObject({ id: expect.any(String), name: "Api Falcon", capacity: 1, range: "suborbital" });
    const invalid = await expectProblem(
      await request.post("/api/v1/agency/rockets", { headers, data: { name: "", capacity: 101, range: "jupiter" } }),
      422,
      "validation_failed",
    );
    expect(Object.keys(invalid.errors).sort()).toEqual(["capacity", "name", "range"]);
    const dup = await expectProblem(
      await request.post("/api/v1/agency/rockets", {
        headers,
        data: { name: "api FALCON", capacity: 100, range: "mars" },
      }),
      422,
      "validation_failed",
    );
    expect(dup.errors.name).toBeDefined();
    const list = await (await request.get("/api/v1/agency/rockets?page=1&pageSize=5", { headers })).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 5, items: [{ id: rocket.id }] });
    expect(await (await request.get(`/api/v1/agency/rockets/${rocket.id}`, { headers })).json()).toMatchObject({
      name: "Api Falcon",
    });
    const patched = await request.patch(`/api/v1/agency/rockets/${rocket.id}`, {
      headers,
      data: { capacity: 100, range: "moon" },
    });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({ capacity: 100, range: "moon" });
    await expectProblem(
      await request.patch(`/api/v1/agency/rockets/${rocket.id}`, { headers, data: { capacity: 0 } }),
      422,
      "validation_failed",
    );

    await newLaunch(request, headers, rocket.id);
    const refused = await expectProblem(
      await request.delete(`/api/v1/agency/rockets/${rocket.id}`, { headers }),
      409,
      "conflict",
    );
    expect(refused.detail).toMatch(/scheduled or delayed launch/);

    const spare = await newRocket(request, headers);
    const deleted = await request.delete(`/api/v1/agency/rockets/${spare.id}`, { headers });
    expect(deleted.status()).toBe(204);
    await expectProblem(await request.get(`/api/v1/agency/rockets/${spare.id}`, { headers }), 404, "not_found");
  });
});

test.describe("Agency console API: launches", () => {
  test("schedule (201) with slug and default minimum occupancy; 422 for rule violations; list filters and sort", async ({
    request,
  }) => {
    const { headers } = await newAgency(request);
    const rocket = await newRocket(request, headers, { capacity: 10, range: "low_earth" });
    const launch = await request.post("/api/v1/agency/launches", {
      headers,
      data: { rocketId: rocket.id, spaceport: "Kourou", destination: "iss", date: inDays(20), pricePerSeatCents: 5000 },
    });
    expect(launch.status(), await launch.text()).toBe(201);
    const body = await launch.json();
    expect(body).toMatchObject({
      status: "scheduled",
      minimumOccupancy: 6,
      capacity: 10,
      confirmedSeats: 0,
      occupancyPercent: 0,
      viable: false,
      destination: "iss",
    });
    expect(body.slug).toMatch(
      new RegExp(`^\\d{4}-\\d{2}-\\d{2}-iss-${rocket.name.toLowerCase().replace(/ /g, "-")}-kourou-[0-9a-f]{6}$`),
    );

    const bad = await expectProblem(
      await request.post("/api/v1/agency/launches", {
        headers,
        data: {
          rocketId: rocket.id,
          spaceport: "Kourou",
          destination: "moon",
          date: inDays(0.5),
          pricePerSeatCents: 0,
        },
      }),
      422,
      "validation_failed",
    );
    expect(bad.errors.pricePerSeatCents).toBeDefined();
    const rules = await expectProblem(
      await request.post("/api/v1/agency/launches", {
        headers,
        data: {
          rocketId: rocket.id,
          spaceport: "Kourou",
          destination: "moon",
          date: inDays(0.5),
          pricePerSeatCents: 100,
        },
      }),
      422,
      "validation_failed",
    );
    expect(Object.keys(rules.errors).sort()).toEqual(["date", "destination"]);
    const gap = await expectProblem(
      await request.post("/api/v1/agency/launches", {
        headers,
        data: {
          rocketId: rocket.id,
          spaceport: "Kourou",
          destination: "leo",
          date: inDays(23),
          pricePerSeatCents: 100,
        },
      }),
      422,
      "validation_failed",
    );
    expect(gap.errors.date[0]).toMatch(/7 days apart/);
    await expectProblem(
      await request.post("/api/v1/agency/launches", {
        headers: { ...headers, "Content-Type": "application/json" },
        data: Buffer.from("{oops"),
      }),
      400,
      "bad_request",
    );

    await request.post("/api/v1/agency/launches", {
      headers,
      data: {
        rocketId: rocket.id,
        spaceport: "Kourou",
        destination: "leo",
        date: inDays(40),
        pricePerSeatCents: 100,
        minimumOccupancy: 1,
      },
    });
    const list = await (await request.get("/api/v1/agency/launches?sort=date&order=desc", { headers })).json();
    expect(list.total).toBe(2);
    expect(list.items.map((l: { destination: string }) => l.destination)).toEqual(["leo", "iss"]);
    const viable = await (
      await request.get("/api/v1/agency/launches?viable=false&status=scheduled&sort=occupancy", { headers })
    ).json();
    expect(viable.total).toBe(2);
    await expectProblem(await request.get("/api/v1/agency/launches?sort=price", { headers }), 422, "validation_failed");
    await expectProblem(
      await request.get("/api/v1/agency/launches?pageSize=101", { headers }),
      422,
      "validation_failed",
    );
  });

  test("status: delay with a later date (200, history), 409 invalid_transition, 422 without a date, abort is final", async ({
    request,
  }) => {
    const { headers } = await newAgency(request);
    const rocket = await newRocket(request, headers);
    const launch = await newLaunch(request, headers, rocket.id, 30);
    const url = `/api/v1/agency/launches/${launch.id}/status`;

    const noDate = await expectProblem(
      await request.post(url, { headers, data: { status: "delayed" } }),
      422,
      "validation_failed",
    );
    expect(noDate.errors.date).toBeDefined();
    await expectProblem(
      await request.post(url, { headers, data: { status: "delayed", date: inDays(29) } }),
      422,
      "validation_failed",
    );
    await expectProblem(await request.post(url, { headers, data: { status: "scheduled" } }), 422, "validation_failed");

    const delayed = await request.post(url, {
      headers,
      data: { status: "delayed", date: inDays(35), reason: "Weather" },
    });
    expect(delayed.status(), await delayed.text()).toBe(200);
    const delayedBody = await delayed.json();
    expect(delayedBody).toMatchObject({ status: "delayed", date: expect.any(String) });
    expect(delayedBody.statusHistory.map((h: { toStatus: string }) => h.toStatus)).toEqual(["scheduled", "delayed"]);
    expect(delayedBody.statusHistory[1]).toMatchObject({
      fromStatus: "scheduled",
      reason: "Weather",
      oldDate: launch.date,
      changedBy: { id: expect.any(String) },
    });

    const early = await expectProblem(
      await request.post(url, { headers, data: { status: "successful" } }),
      409,
      "invalid_transition",
    );
    expect(early.detail).toMatch(/once its launch date has passed/);

    const aborted = await request.post(url, { headers, data: { status: "aborted", reason: "Budget" } });
    expect(aborted.status()).toBe(200);
    expect(await aborted.json()).toMatchObject({ status: "aborted", abortReason: "Budget" });
    const final = await expectProblem(
      await request.post(url, { headers, data: { status: "delayed", date: inDays(60) } }),
      409,
      "invalid_transition",
    );
    expect(final.detail).toMatch(/already aborted/);

    const detail = await (await request.get(`/api/v1/agency/launches/${launch.id}`, { headers })).json();
    expect(detail).toMatchObject({
      status: "aborted",
      confirmedSeats: 0,
      occupancyPercent: 0,
      minimumOccupancy: 6,
      viable: false,
    });
    expect(detail.statusHistory).toHaveLength(3);

    const report = await expectProblem(
      await request.get(`/api/v1/agency/launches/${launch.id}/bookings-report`, { headers }),
      409,
      "conflict",
    );
    expect(report.detail).toMatch(/successful launches only/);
  });

  test("bookings report of a successful launch, as JSON and as CSV", async ({ request }) => {
    const headers = bearer(await tokenFor(request, DEMO.agency, DEMO_PASSWORD));
    const list = await (await request.get("/api/v1/agency/launches?status=successful", { headers })).json();
    expect(list.total).toBeGreaterThan(0);
    const id = list.items[0].id;
    const json = await request.get(`/api/v1/agency/launches/${id}/bookings-report`, { headers });
    expect(json.status()).toBe(200);
    const report = await json.json();
    expect(report).toMatchObject({
      launch: { id, status: "successful" },
      rows: expect.any(Array),
      totals: { amountCents: expect.any(Number), refundCents: expect.any(Number), revenueCents: expect.any(Number) },
    });
    const csv = await request.get(`/api/v1/agency/launches/${id}/bookings-report?format=csv`, { headers });
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="bookings-.*\.csv"/);
    const text = (await csv.body()).toString("utf8");
    expect(text.startsWith("\uFEFFreference,status,traveler_name,traveler_email,tax_id")).toBe(true);
    expect(text.trimEnd().split("\r\n").at(-1)).toMatch(/^TOTAL,/);
    await expectProblem(
      await request.get(`/api/v1/agency/launches/${id}/bookings-report?format=xml`, { headers }),
      422,
      "validation_failed",
    );
  });

  test("the OpenAPI document lists the agency console", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const path of [
      "/agency/profile",
      "/agency/rockets",
      "/agency/rockets/{id}",
      "/agency/launches",
      "/agency/launches/{id}",
      "/agency/launches/{id}/status",
      "/agency/launches/{id}/bookings-report",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(Object.keys(doc.paths["/agency/rockets/{id}"]).sort()).toEqual(["delete", "get", "patch"]);
  });
});
