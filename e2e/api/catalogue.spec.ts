// The public catalogue routes of /api/v1, called over HTTP as an integrator would.
import { expect, test } from "@playwright/test";
import { expectProblem, newAgencyLaunch } from "./booking-helpers";

test.describe("Public catalogue API", () => {
  test("GET /api/v1/launches lists bookable launches with filters, sort and pages", async ({ request }) => {
    const a = await newAgencyLaunch(request, { capacity: 5, days: 400, priceCents: 7_000_000, destination: "mars" });
    const list = await request.get("/api/v1/launches?destination=mars&sort=price&order=desc&pageSize=100");
    expect(list.status()).toBe(200);
    const body = await list.json();
    expect(body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
    const item = body.items.find((i: { id: string }) => i.id === a.launchId);
    expect(item).toMatchObject({
      id: a.launchId,
      slug: expect.any(String),
      date: expect.any(String),
      destination: "mars",
      spaceport: "Cape Canaveral",
      status: "scheduled",
      pricePerSeatCents: 7_000_000,
      seatsAvailable: 5,
      capacity: 5,
      agency: { id: expect.any(String), name: a.agencyName },
      rocket: { id: expect.any(String), name: expect.any(String) },
    });
    const prices = body.items.map((i: { pricePerSeatCents: number }) => i.pricePerSeatCents);
    expect(prices).toEqual([...prices].sort((x: number, y: number) => y - x));
    expect(body.items.every((i: { destination: string }) => i.destination === "mars")).toBe(true);

    const byAgency = await (
      await request.get(
        `/api/v1/launches?agencyId=${item.agency.id}&minSeats=5&minPriceCents=7000000&maxPriceCents=7000000`,
      )
    ).json();
    expect(byAgency.items.map((i: { id: string }) => i.id)).toEqual([a.launchId]);
    expect((await (await request.get(`/api/v1/launches?agencyId=${item.agency.id}&minSeats=6`)).json()).total).toBe(0);
    const day = item.date.slice(0, 10);
    expect(
      (await (await request.get(`/api/v1/launches?agencyId=${item.agency.id}&from=${day}&to=${day}`)).json()).total,
    ).toBe(1);

    const paged = await (await request.get("/api/v1/launches?pageSize=1&page=2&sort=seats")).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.items.length).toBeLessThanOrEqual(1);
  });

  test("GET /api/v1/launches answers 422 for invalid filters", async ({ request }) => {
    await expectProblem(await request.get("/api/v1/launches?destination=venus"), 422, "validation_failed");
    await expectProblem(await request.get("/api/v1/launches?pageSize=101"), 422, "validation_failed");
    await expectProblem(await request.get("/api/v1/launches?from=2030-02-01&to=2030-01-01"), 422, "validation_failed");
    await expectProblem(await request.get("/api/v1/launches?sort=name"), 422, "validation_failed");
  });

  test("GET /api/v1/launches/{id} gives seats, minimum occupancy and status history; 404 otherwise", async ({
    request,
  }) => {
    const a = await newAgencyLaunch(request, { capacity: 4 });
    const response = await request.get(`/api/v1/launches/${a.launchId}`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({
      id: a.launchId,
      slug: a.slug,
      spaceport: "Cape Canaveral",
      capacity: 4,
      seatsAvailable: 4,
      takenSeats: [],
      minimumOccupancy: expect.any(Number),
      statusHistory: [expect.objectContaining({ toStatus: "scheduled" })],
    });
    await expectProblem(await request.get("/api/v1/launches/00000000-0000-4000-8000-000000000000"), 404, "not_found");
    await expectProblem(await request.get("/api/v1/launches/not-a-uuid"), 404, "not_found");
  });

  test("the OpenAPI document lists the catalogue and booking routes", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const path of [
      "/launches",
      "/launches/{id}",
      "/bookings",
      "/bookings/{id}",
      "/bookings/{id}/payment",
      "/bookings/{id}/refund-quote",
      "/bookings/{id}/cancel",
    ]) {
      expect(doc.paths[path], path).toBeTruthy();
    }
  });

  test("an unknown /api/v1 path answers a problem+json 404, for any method", async ({ request }) => {
    const get = await expectProblem(await request.get("/api/v1/no-such-thing"), 404, "not_found");
    expect(get.detail).toContain("GET /api/v1/no-such-thing");
    await expectProblem(await request.post("/api/v1/launches/a/b/c", { data: {} }), 404, "not_found");
    await expectProblem(await request.delete("/api/v1/bookingz/1"), 404, "not_found");
  });

  test("a method a route does not implement answers a problem+json 405 with Allow", async ({ request }) => {
    const put = await request.put("/api/v1/bookings", { data: {} });
    const body = await expectProblem(put, 405, "method_not_allowed");
    expect(put.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
    expect(body.detail).toContain("PUT is not allowed on /api/v1/bookings");
    await expectProblem(await request.delete("/api/v1/launches"), 405, "method_not_allowed");
    // Implemented methods are untouched.
    expect((await request.get("/api/v1/launches")).status()).toBe(200);
  });
});
