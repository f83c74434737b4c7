// Test data for the finance specs, made through the public API so each test owns its data.
import { expect, type APIRequestContext } from "@playwright/test";
import { bearer, freshIp, PASSWORD, tokenFor, uniqueEmail } from "./auth-helpers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A fresh agency with one launch it aborted: its own data for this test. */
export async function agencyWithAbortedLaunch(request: APIRequestContext) {
  const email = uniqueEmail("finance-agency");
  const name = `Fin Agency ${email.split("@")[0]}`;
  const registered = await request.post("/api/v1/auth/register", {
    data: {
      email,
      password: PASSWORD,
      name: "Fin Ops",
      role: "agency",
      agency: { name, contactEmail: email, country: "US", taxId: "27-1234567" },
    },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const headers = bearer(await tokenFor(request, email));
  const rocket = await request.post("/api/v1/agency/rockets", {
    headers,
    data: { name: `R ${email.slice(0, 20)}`, capacity: 10, range: "moon" },
  });
  expect(rocket.status(), await rocket.text()).toBe(201);
  const launch = await request.post("/api/v1/agency/launches", {
    headers,
    data: {
      rocketId: (await rocket.json()).id,
      spaceport: "Cape Canaveral",
      destination: "moon",
      date: inDays(40),
      pricePerSeatCents: 5_000_000,
    },
  });
  expect(launch.status(), await launch.text()).toBe(201);
  const launchId = (await launch.json()).id as string;
  const aborted = await request.post(`/api/v1/agency/launches/${launchId}/status`, {
    headers,
    data: { status: "aborted", reason: "Range closed" },
  });
  expect(aborted.status(), await aborted.text()).toBe(200);
  return { headers, launchId, name, email, password: PASSWORD };
}
