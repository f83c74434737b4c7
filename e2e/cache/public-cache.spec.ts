import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO } from "../fixtures";
import { bearer, tokenFor } from "../api/auth-helpers";
import { newAgencyLaunch, passenger } from "../api/booking-helpers";
import { DEMO_PASSWORD } from "../fixtures";
import type { ScratchDatabase } from "../../db/scratch-database";
import { demoDatabase, startServer, type Server } from "./servers";

// The cached public pages and API against `next start` on PostgreSQL: never stale for the
// instance that made a change, at most 5 s stale on another instance without Redis, and fresh
// on its next request with Redis. The pages are the same bytes for every visitor.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

let db: ScratchDatabase;
let servers: Server[] = [];
const contexts: APIRequestContext[] = [];

async function api(server: Server): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: server.url });
  contexts.push(ctx);
  return ctx;
}

async function text(server: Server, path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
}

const launchesFound = async (server: Server, path = "/") =>
  Number((await text(server, path)).match(/(\d+) launch(?:es)? found/)?.[1] ?? NaN);
const seatsLeft = async (server: Server, slug: string) =>
  (await text(server, `/launches/${slug}`)).match(/Seats left<\/dt><dd[^>]*>(\d+ of \d+)/)?.[1];
const detail = async (server: Server, launchId: string) =>
  (await fetch(`${server.url}/api/v1/launches/${launchId}`)).json();
const apiSeats = async (server: Server, launchId: string): Promise<number> =>
  (await detail(server, launchId)).seatsAvailable;

async function stopAll() {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
}

test.beforeAll(async () => {
  db = await demoDatabase();
});
test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
  await stopAll();
  await db?.drop();
});

test.describe("one instance", () => {
  test.beforeAll(async () => {
    servers = [await startServer(db.url, 0), await startServer(db.url, 1)];
  });

  test("a new launch, a booking and an abort show on the next request of the pages and the API", async () => {
    const [a] = servers;
    const http = await api(a);
    const before = await launchesFound(a); // served and cached
    const launch = await newAgencyLaunch(http, { capacity: 6, days: 40 });
    expect(await launchesFound(a)).toBe(before + 1);

    const agencyId = (await detail(a, launch.launchId)).agency.id;
    const agencyPath = `/?agencyId=${agencyId}`;
    expect(await seatsLeft(a, launch.slug)).toBe("6 of 6");
    expect(await text(a, agencyPath)).toContain("6 of 6");
    expect(await apiSeats(a, launch.launchId)).toBe(6);
    const listed = await fetch(`${a.url}/api/v1/launches?agencyId=${agencyId}`);
    const etag = listed.headers.get("etag")!;
    expect(listed.headers.get("cache-control")).toBe("public, s-maxage=5, stale-while-revalidate=30");
    const unchanged = await fetch(`${a.url}/api/v1/launches?agencyId=${agencyId}`, {
      headers: { "If-None-Match": etag },
    });
    expect(unchanged.status).toBe(304);

    const traveler = bearer(await tokenFor(http, DEMO.traveler, DEMO_PASSWORD));
    const held = await http.post("/api/v1/bookings", {
      headers: traveler,
      data: { launchId: launch.launchId, seatCount: 2, passengers: [passenger(1), passenger(2)] },
    });
    expect(held.status(), await held.text()).toBe(201);

    expect(await seatsLeft(a, launch.slug)).toBe("4 of 6");
    expect(await text(a, agencyPath)).toContain("4 of 6");
    expect(await apiSeats(a, launch.launchId)).toBe(4);
    const changed = await fetch(`${a.url}/api/v1/launches?agencyId=${agencyId}`, {
      headers: { "If-None-Match": etag },
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).items[0].seatsAvailable).toBe(4);

    const aborted = await http.post(`/api/v1/agency/launches/${launch.launchId}/status`, {
      headers: launch.agencyHeaders,
      data: { status: "aborted", reason: "Weather over the range" },
    });
    expect(aborted.status(), await aborted.text()).toBe(200);
    expect(await launchesFound(a)).toBe(before);
    expect(await text(a, "/")).not.toContain(launch.slug);
    const list = await (await fetch(`${a.url}/api/v1/launches?pageSize=100`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(launch.launchId);
  });

  test("another instance without Redis shows a change within 5 s", async () => {
    const [a, b] = servers;
    const launch = await newAgencyLaunch(await api(a), { capacity: 6, days: 41 });
    await expect.poll(() => seatsLeft(b, launch.slug), { timeout: 6_000 }).toBe("6 of 6");
    const traveler = bearer(await tokenFor(await api(a), DEMO.vip, DEMO_PASSWORD));
    const held = await (
      await api(a)
    ).post("/api/v1/bookings", {
      headers: traveler,
      data: { launchId: launch.launchId, seatCount: 1 },
    });
    expect(held.status(), await held.text()).toBe(201);
    const changedAt = Date.now();
    await expect.poll(() => seatsLeft(b, launch.slug), { timeout: 5_000, intervals: [100] }).toBe("5 of 6");
    // The first request after the page's 3 s makes it again, and a render that makes a cached
    // page waits for fresh query results (it does not reuse stale ones): 3 s plus one render.
    const waited = Date.now() - changedAt;
    test.info().annotations.push({ type: "stale on instance B (ms)", description: String(waited) });
    expect(waited).toBeLessThan(5_000);
  });
});

test.describe("two instances sharing Redis", () => {
  test.beforeAll(async () => {
    await stopAll();
    const prefix = `h_cache_e2e_${randomBytes(4).toString("hex")}:`;
    servers = [await startServer(db.url, 0, prefix), await startServer(db.url, 1, prefix)];
  });

  test("instance B serves a change made through instance A on its next request", async () => {
    const [a, b] = servers;
    const http = await api(a);
    const launch = await newAgencyLaunch(http, { capacity: 6, days: 42 });
    expect(await seatsLeft(b, launch.slug)).toBe("6 of 6"); // cached on B
    expect(await apiSeats(b, launch.launchId)).toBe(6);
    const traveler = bearer(await tokenFor(http, DEMO.traveler, DEMO_PASSWORD));
    const held = await http.post("/api/v1/bookings", {
      headers: traveler,
      data: { launchId: launch.launchId, seatCount: 2, passengers: [passenger(1), passenger(2)] },
    });
    expect(held.status(), await held.text()).toBe(201);
    expect(await seatsLeft(b, launch.slug)).toBe("4 of 6");
    expect(await apiSeats(b, launch.launchId)).toBe(4);
  });

  test("a page first rendered for a signed-in user shows nothing of him to anyone else", async ({ browser }) => {
    const [a] = servers;
    const launch = await newAgencyLaunch(await api(a), { capacity: 6, days: 43 });
    const signedIn = await browser.newPage({ baseURL: a.url });
    await signedIn.goto("/login");
    await signedIn.getByLabel("Email").fill(DEMO.traveler);
    await signedIn.getByLabel("Password").fill(DEMO_PASSWORD);
    await signedIn.getByRole("button", { name: "Sign in" }).click();
    await expect(signedIn).not.toHaveURL(/\/login/);
    // The first render of this launch page happens for him, and he sees himself on it.
    await signedIn.goto(`/launches/${launch.slug}`);
    await expect(signedIn.getByRole("navigation", { name: "Main" })).toContainText("Tess Traveler");
    await expect(signedIn.getByLabel("Name").first()).toHaveValue("Tess Traveler");
    await signedIn.goto("/");
    await expect(signedIn.getByRole("navigation", { name: "Main" })).toContainText("Tess Traveler");

    const agencyId = (await detail(a, launch.launchId)).agency.id;
    for (const path of [`/launches/${launch.slug}`, "/", `/?agencyId=${agencyId}`]) {
      const html = await text(a, path);
      expect(html).not.toContain("Tess Traveler");
      expect(html).not.toContain(DEMO.traveler);
    }
    const anonymous = await (await fetch(`${a.url}/api/session`)).json();
    expect(anonymous).toEqual({ user: null, allowance: null });

    const other = await browser.newPage({ baseURL: a.url });
    await other.goto("/login");
    await other.getByLabel("Email").fill(DEMO.vip);
    await other.getByLabel("Password").fill(DEMO_PASSWORD);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other).not.toHaveURL(/\/login/);
    await other.goto(`/launches/${launch.slug}`);
    await expect(other.getByLabel("Name").first()).not.toHaveValue("Tess Traveler");
    await expect(other.getByRole("navigation", { name: "Main" })).not.toContainText("Tess Traveler");
    await signedIn.close();
    await other.close();
  });
});
