// The traveler booking routes of /api/v1, called over HTTP as an integrator would.
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, tokenFor } from "./auth-helpers";
import { CARD_DECLINED, CARD_OK, expectProblem, newAgencyLaunch, newTraveler, passenger } from "./booking-helpers";

const ID = "00000000-0000-4000-8000-000000000000";
const ROUTES: [string, string][] = [
  ["GET", "/api/v1/bookings"],
  ["POST", "/api/v1/bookings"],
  ["GET", `/api/v1/bookings/${ID}`],
  ["POST", `/api/v1/bookings/${ID}/payment`],
  ["GET", `/api/v1/bookings/${ID}/refund-quote`],
  ["POST", `/api/v1/bookings/${ID}/cancel`],
];

test.describe("Bookings API: who may call it", () => {
  test("every route answers 401 without a valid token and 403 to other roles", async ({ request }) => {
    const agency = bearer(await tokenFor(request, DEMO.agency, DEMO_PASSWORD));
    const employee = bearer(await tokenFor(request, DEMO.employee, DEMO_PASSWORD));
    for (const [method, path] of ROUTES) {
      const data = method === "POST" ? {} : undefined;
      await expectProblem(await request.fetch(path, { method, data }), 401, "unauthorized");
      await expectProblem(
        await request.fetch(path, { method, data, headers: { Authorization: "Bearer tampered.token.value" } }),
        401,
        "unauthorized",
      );
      await expectProblem(await request.fetch(path, { method, data, headers: agency }), 403, "forbidden");
      await expectProblem(await request.fetch(path, { method, data, headers: employee }), 403, "forbidden");
    }
  });

  test("a traveler never sees another traveler's booking (404)", async ({ request }) => {
    const launch = await newAgencyLaunch(request);
    const owner = await newTraveler(request);
    const other = await newTraveler(request);
    const created = await request.post("/api/v1/bookings", {
      headers: owner.headers,
      data: { launchId: launch.launchId, seatCount: 1 },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = await created.json();
    await expectProblem(await request.get(`/api/v1/bookings/${id}`, { headers: other.headers }), 404, "not_found");
    await expectProblem(
      await request.post(`/api/v1/bookings/${id}/payment`, { headers: other.headers, data: { cardNumber: CARD_OK } }),
      404,
      "not_found",
    );
    await expectProblem(
      await request.get(`/api/v1/bookings/${id}/refund-quote`, { headers: other.headers }),
      404,
      "not_found",
    );
    await expectProblem(
      await request.post(`/api/v1/bookings/${id}/cancel`, { headers: other.headers }),
      404,
      "not_found",
    );
    expect((await (await request.get("/api/v1/bookings", { headers: other.headers })).json()).total).toBe(0);
    await expectProblem(await request.get("/api/v1/bookings/not-a-uuid", { headers: owner.headers }), 404, "not_found");
  });
});

test.describe("Bookings API: hold, pay, cancel", () => {
  test("hold seats, pay, read, quote and cancel with the policy's refund", async ({ request }) => {
    const launch = await newAgencyLaunch(request, { capacity: 6, days: 120, priceCents: 1_000_001 });
    const t = await newTraveler(request);
    const held = await request.post("/api/v1/bookings", {
      headers: t.headers,
      data: { launchId: launch.launchId, seats: [2, 5], passengers: [passenger(1), passenger(2)] },
    });
    expect(held.status(), await held.text()).toBe(201);
    const booking = await held.json();
    expect(booking).toMatchObject({
      reference: expect.stringMatching(/^AB-[A-HJ-NP-Z2-9]{6}$/),
      launchId: launch.launchId,
      status: "held",
      seats: [2, 5],
      amountCents: 2_000_002,
      expiresAt: expect.any(String),
      createdAt: expect.any(String),
    });
    expect(booking.passengers).toHaveLength(2);
    expect((await (await request.get(`/api/v1/launches/${launch.launchId}`)).json()).takenSeats).toEqual([2, 5]);

    await expectProblem(
      await request.post(`/api/v1/bookings/${booking.id}/payment`, {
        headers: t.headers,
        data: { cardNumber: "1111 2222" },
      }),
      422,
      "validation_failed",
    );
    const paid = await request.post(`/api/v1/bookings/${booking.id}/payment`, {
      headers: t.headers,
      data: { cardNumber: CARD_OK },
    });
    expect(paid.status(), await paid.text()).toBe(200);
    expect(await paid.json()).toMatchObject({ id: booking.id, status: "confirmed" });
    await expectProblem(
      await request.post(`/api/v1/bookings/${booking.id}/payment`, {
        headers: t.headers,
        data: { cardNumber: CARD_OK },
      }),
      409,
      "conflict",
    );

    const list = await (await request.get("/api/v1/bookings", { headers: t.headers })).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: booking.id, status: "confirmed" }] });
    const one = await (await request.get(`/api/v1/bookings/${booking.id}`, { headers: t.headers })).json();
    expect(one.launch.statusHistory[0]).toMatchObject({ toStatus: "scheduled" });

    // 120 days before the launch: 70 %, half-up to the cent (2,000,002 × 0.7 = 1,400,001.4).
    const quote = await (
      await request.get(`/api/v1/bookings/${booking.id}/refund-quote`, { headers: t.headers })
    ).json();
    expect(quote).toEqual({ refundPercent: 70, refundCents: 1_400_001 });
    // A guarded cancel at another percentage than the policy gives now changes nothing.
    const stale = await expectProblem(
      await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
        headers: t.headers,
        data: { expectedRefundPercent: 90 },
      }),
      409,
      "conflict",
    );
    expect(stale.detail).toContain("now 70 %");
    await expectProblem(
      await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
        headers: t.headers,
        data: { expectedRefundPercent: 101 },
      }),
      422,
      "validation_failed",
    );
    const cancelled = await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
      headers: t.headers,
      data: { expectedRefundPercent: 70 },
    });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: "cancelled", refundPercent: 70, refundCents: 1_400_001 });
    expect((await (await request.get(`/api/v1/launches/${launch.launchId}`)).json()).takenSeats).toEqual([]);
    await expectProblem(
      await request.post(`/api/v1/bookings/${booking.id}/cancel`, { headers: t.headers }),
      409,
      "conflict",
    );
    await expectProblem(
      await request.get(`/api/v1/bookings/${booking.id}/refund-quote`, { headers: t.headers }),
      409,
      "conflict",
    );
  });

  test("hold and pay in one call; a single seat without passengers flies the traveler", async ({ request }) => {
    const launch = await newAgencyLaunch(request, { capacity: 3 });
    const t = await newTraveler(request, "1988-08-08");
    const response = await request.post("/api/v1/bookings", {
      headers: t.headers,
      data: { launchId: launch.launchId, seatCount: 1, payment: { cardNumber: CARD_OK } },
    });
    expect(response.status(), await response.text()).toBe(201);
    const b = await response.json();
    expect(b).toMatchObject({
      status: "confirmed",
      seats: [1],
      passengers: [{ email: t.email, dateOfBirth: "1988-08-08" }],
    });
    expect(b.expiresAt).toBeUndefined();
  });

  test("a declined one-step booking holds nothing; a declined hold answers 402, stays held and another card pays it", async ({
    request,
  }) => {
    const launch = await newAgencyLaunch(request, { capacity: 2 });
    const t = await newTraveler(request);
    const body = await expectProblem(
      await request.post("/api/v1/bookings", {
        headers: t.headers,
        data: {
          launchId: launch.launchId,
          seats: [1, 2],
          passengers: [passenger(1), passenger(2)],
          payment: { cardNumber: CARD_DECLINED },
        },
      }),
      402,
      "payment_declined",
    );
    expect(body.detail).toMatch(/declined/i);
    expect((await (await request.get(`/api/v1/launches/${launch.launchId}`)).json()).seatsAvailable).toBe(2);

    const held = await (
      await request.post("/api/v1/bookings", { headers: t.headers, data: { launchId: launch.launchId, seats: [1] } })
    ).json();
    const declined = await expectProblem(
      await request.post(`/api/v1/bookings/${held.id}/payment`, {
        headers: t.headers,
        data: { cardNumber: CARD_DECLINED },
      }),
      402,
      "payment_declined",
    );
    expect(declined.errors).toHaveProperty(["cardNumber"]);
    const still = await (await request.get(`/api/v1/bookings/${held.id}`, { headers: t.headers })).json();
    expect(still).toMatchObject({ status: "held", seats: [1], expiresAt: held.expiresAt });
    expect((await (await request.get(`/api/v1/launches/${launch.launchId}`)).json()).seatsAvailable).toBe(1);
    const paid = await request.post(`/api/v1/bookings/${held.id}/payment`, {
      headers: t.headers,
      data: { cardNumber: CARD_OK, acceptRefundTerms: true },
    });
    expect(paid.status(), await paid.text()).toBe(200);
    expect(await paid.json()).toMatchObject({ status: "confirmed", refundTermsAcceptedAt: expect.any(String) });
    const invalid = await expectProblem(
      await request.post("/api/v1/bookings", {
        headers: t.headers,
        data: { launchId: launch.launchId, seats: [1], payment: { cardNumber: "5555" } },
      }),
      422,
      "validation_failed",
    );
    expect(invalid.errors).toHaveProperty(["payment.cardNumber"]);
  });

  test("seat_taken, sold_out, seat_limit_exceeded, passenger_age, launch_not_bookable and validation", async ({
    request,
  }) => {
    const launch = await newAgencyLaunch(request, { capacity: 5 });
    const a = await newTraveler(request);
    const b = await newTraveler(request);
    const post = (headers: Record<string, string>, data: unknown) =>
      request.post("/api/v1/bookings", { headers, data });
    expect(
      (
        await post(a.headers, {
          launchId: launch.launchId,
          seats: [1, 2, 3, 4],
          passengers: [1, 2, 3, 4].map((i) => passenger(i)),
        })
      ).status(),
    ).toBe(201);
    await expectProblem(await post(a.headers, { launchId: launch.launchId, seats: [5] }), 422, "seat_limit_exceeded");
    await expectProblem(await post(b.headers, { launchId: launch.launchId, seats: [3] }), 409, "seat_taken");
    await expectProblem(
      await post(b.headers, { launchId: launch.launchId, seatCount: 2, passengers: [passenger(1), passenger(2)] }),
      409,
      "sold_out",
    );
    await expectProblem(
      await post(b.headers, { launchId: launch.launchId, seats: [5], passengers: [passenger(1, "2015-01-01")] }),
      422,
      "passenger_age",
    );
    await expectProblem(await post(b.headers, { launchId: launch.launchId, seats: [9] }), 422, "validation_failed");
    await expectProblem(
      await post(b.headers, { launchId: launch.launchId, seats: [5], seatCount: 1 }),
      422,
      "validation_failed",
    );
    await expectProblem(await post(b.headers, { launchId: launch.launchId, seatCount: 2 }), 422, "validation_failed");
    await expectProblem(await post(b.headers, { launchId: ID, seatCount: 1 }), 404, "not_found");
    const malformed = await request.post("/api/v1/bookings", {
      headers: { ...b.headers, "Content-Type": "application/json" },
      data: Buffer.from("{not json"),
    });
    await expectProblem(malformed, 400, "bad_request");

    const aborted = await newAgencyLaunch(request, { capacity: 3 });
    const status = await request.post(`/api/v1/agency/launches/${aborted.launchId}/status`, {
      headers: aborted.agencyHeaders,
      data: { status: "aborted", reason: "test" },
    });
    expect(status.status(), await status.text()).toBe(200);
    await expectProblem(
      await post(b.headers, { launchId: aborted.launchId, seatCount: 1 }),
      422,
      "launch_not_bookable",
    );
  });

  test("12 travelers at once on a 5-seat launch: 5 holds, the rest a 409 problem, never a 5xx", async ({ request }) => {
    const launch = await newAgencyLaunch(request, { capacity: 5 });
    const travelers = await Promise.all(Array.from({ length: 12 }, () => newTraveler(request)));
    // Half ask for a seat by number (they collide), half for any one seat.
    const responses = await Promise.all(
      travelers.map((t, i) =>
        request.post("/api/v1/bookings", {
          headers: t.headers,
          data:
            i % 2 ? { launchId: launch.launchId, seats: [(i % 5) + 1] } : { launchId: launch.launchId, seatCount: 1 },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    for (const refused of responses.filter((r) => r.status() !== 201)) {
      expect(refused.status()).toBe(409);
      expect(["sold_out", "seat_taken"]).toContain((await refused.json()).code);
    }
    const detail = await (await request.get(`/api/v1/launches/${launch.launchId}`)).json();
    expect(detail.seatsAvailable).toBe(0);
  });

  test("cancelling a booking on a launch that has flown answers 409", async ({ request }) => {
    const vip = bearer(await tokenFor(request, DEMO.vip, DEMO_PASSWORD));
    const list = await (await request.get("/api/v1/bookings?pageSize=100", { headers: vip })).json();
    const flown = list.items.find((b: { launch: { status: string } }) => b.launch.status === "successful");
    expect(flown).toBeTruthy();
    await expectProblem(await request.post(`/api/v1/bookings/${flown.id}/cancel`, { headers: vip }), 409, "conflict");
  });
});
