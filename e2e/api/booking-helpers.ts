// Data for the catalogue and booking specs, made through the public API as an integrator would.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { bearer, freshIp, PASSWORD, tokenFor, travelerBody, uniqueEmail } from "./auth-helpers";

const DAY = 24 * 3600_000;

export async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body as { detail: string; errors?: Record<string, string[]> };
}

/** A registered traveler of its own and his bearer headers. */
export async function newTraveler(request: APIRequestContext, dateOfBirth = "1990-04-12") {
  const body = travelerBody(uniqueEmail("booker"));
  body.traveler.dateOfBirth = dateOfBirth;
  const response = await request.post("/api/v1/auth/register", {
    data: body,
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { email: body.email, headers: bearer(await tokenFor(request, body.email, PASSWORD)) };
}

/** A fresh agency with one rocket and one launch (capacity seats, in `days` days). */
export async function newAgencyLaunch(
  request: APIRequestContext,
  opts: { capacity?: number; days?: number; priceCents?: number; destination?: string; spaceport?: string } = {},
) {
  const email = uniqueEmail("catalogue-agency");
  const name = `Cat Agency ${email.split("@")[0]}`;
  const registered = await request.post("/api/v1/auth/register", {
    data: {
      email,
      password: PASSWORD,
      name: "Ops",
      role: "agency",
      agency: { name, contactEmail: email, country: "US", taxId: "27-1234567" },
    },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const headers = bearer(await tokenFor(request, email, PASSWORD));
  const rocket = await request.post("/api/v1/agency/rockets", {
    headers,
    data: { name: `R ${Math.random().toString(36).slice(2, 8)}`, capacity: opts.capacity ?? 6, range: "mars" },
  });
  expect(rocket.status(), await rocket.text()).toBe(201);
  const rocketId = (await rocket.json()).id;
  const launch = await request.post("/api/v1/agency/launches", {
    headers,
    data: {
      rocketId,
      spaceport: opts.spaceport ?? "Cape Canaveral",
      destination: opts.destination ?? "moon",
      date: new Date(Date.now() + (opts.days ?? 120) * DAY).toISOString(),
      pricePerSeatCents: opts.priceCents ?? 1_000_000,
    },
  });
  expect(launch.status(), await launch.text()).toBe(201);
  const body = await launch.json();
  return {
    launchId: body.id as string,
    slug: body.slug as string,
    agencyId: body.agencyId as string | undefined,
    agencyName: name,
    agencyHeaders: headers,
  };
}

export const CARD_OK = "4242 4242 4242 4242";
export const CARD_DECLINED = "4000 0000 0000 0002";
export const passenger = (i: number, dateOfBirth = "1985-05-05") => ({
  name: `Passenger ${i}`,
  email: `passenger${i}@example.test`,
  dateOfBirth,
});
