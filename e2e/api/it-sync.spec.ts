// The IT sync routes of /api/v1, called over HTTP as an integrator would.
import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, tokenFor } from "./auth-helpers";
import { runSyncWorker } from "./it-helpers";

const NOBODY = "00000000-0000-4000-8000-000000000000";

async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status, code });
  return body as { detail: string; errors?: Record<string, string[]> };
}

const ROUTES: [string, string][] = [
  ["POST", "/api/v1/it/sync-jobs"],
  ["GET", "/api/v1/it/sync-jobs"],
  ["GET", `/api/v1/it/sync-jobs/${NOBODY}`],
  ["POST", `/api/v1/it/sync-jobs/${NOBODY}/cancel`],
  ["POST", `/api/v1/it/sync-jobs/${NOBODY}/conflicts/${NOBODY}`],
];

test("every sync route: 401 without a token, 403 for travelers, agencies and employees", async ({ request }) => {
  const others = [DEMO.traveler, DEMO.agency, DEMO.employee];
  const tokens = await Promise.all(others.map((email) => tokenFor(request, email, DEMO_PASSWORD)));
  for (const [method, path] of ROUTES) {
    const data = method === "POST" ? { datasets: "all", mode: "full", resolution: "overwrite" } : undefined;
    await expectProblem(await request.fetch(path, { method, data }), 401, "unauthorized");
    for (const token of tokens)
      await expectProblem(await request.fetch(path, { method, data, headers: bearer(token) }), 403, "forbidden");
  }
});

test("an IT employee starts a sync, a second start of the same data set gets 409, and the job finishes", async ({
  request,
}) => {
  const auth = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
  await expectProblem(
    await request.post("/api/v1/it/sync-jobs", { headers: auth, data: { datasets: ["planets"], mode: "full" } }),
    422,
    "validation_failed",
  );
  await expectProblem(
    await request.post("/api/v1/it/sync-jobs", { headers: auth, data: { datasets: [], mode: "sideways" } }),
    422,
    "validation_failed",
  );

  const started = await request.post("/api/v1/it/sync-jobs", {
    headers: auth,
    data: { datasets: ["rockets", "launches"], mode: "full" },
  });
  expect(started.status(), await started.text()).toBe(201);
  const job = (await started.json()) as { id: string; status: string; datasets: string[] };
  expect(job).toMatchObject({ status: "queued", datasets: ["rockets", "launches"] });

  const second = await expectProblem(
    await request.post("/api/v1/it/sync-jobs", {
      headers: auth,
      data: { datasets: ["launches"], mode: "incremental" },
    }),
    409,
    "conflict",
  );
  expect(second.detail).toContain(job.id);

  const list = await request.get("/api/v1/it/sync-jobs?pageSize=5", { headers: auth });
  expect(list.status()).toBe(200);
  expect((await list.json()).items.map((j: { id: string }) => j.id)).toContain(job.id);

  await expect
    .poll(async () => {
      await runSyncWorker(request);
      const detail = await request.get(`/api/v1/it/sync-jobs/${job.id}`, { headers: auth });
      return (await detail.json()).status as string;
    })
    .toBe("succeeded");
  const detail = await (await request.get(`/api/v1/it/sync-jobs/${job.id}`, { headers: auth })).json();
  expect(detail).toMatchObject({ percent: 100, errors: 0, conflictList: { total: 0 } });
  expect(detail.rowsApplied).toBeGreaterThan(0);

  // Finished: the data set is free again, and a finished job cannot be cancelled.
  const again = await request.post("/api/v1/it/sync-jobs", {
    headers: auth,
    data: { datasets: ["launches"], mode: "incremental" },
  });
  expect(again.status()).toBe(201);
  const againJob = (await again.json()) as { id: string };
  await expectProblem(await request.post(`/api/v1/it/sync-jobs/${job.id}/cancel`, { headers: auth }), 409, "conflict");
  const cancelled = await request.post(`/api/v1/it/sync-jobs/${againJob.id}/cancel`, { headers: auth });
  expect([200, 409]).toContain(cancelled.status());
  await expectProblem(await request.get(`/api/v1/it/sync-jobs/${NOBODY}`, { headers: auth }), 404, "not_found");
  await expectProblem(await request.get("/api/v1/it/sync-jobs/not-a-uuid", { headers: auth }), 404, "not_found");
});

test("a conflict is resolved only through its own job (404 otherwise, malformed ids included); a job's conflicts page by conflictsPage and conflictsPageSize", async ({
  request,
}) => {
  const auth = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
  const started = await request.post("/api/v1/it/sync-jobs", {
    headers: auth,
    data: { datasets: ["agencies"], mode: "incremental" },
  });
  expect(started.status(), await started.text()).toBe(201);
  const job = (await started.json()) as { id: string };
  const resolve = (jobId: string, conflictId: string) =>
    request.post(`/api/v1/it/sync-jobs/${jobId}/conflicts/${conflictId}`, {
      headers: auth,
      data: { resolution: "overwrite" },
    });
  await expectProblem(await resolve(job.id, NOBODY), 404, "not_found");
  await expectProblem(await resolve(NOBODY, NOBODY), 404, "not_found");
  await expectProblem(await resolve("not-a-uuid", NOBODY), 404, "not_found");
  await expectProblem(await resolve(job.id, "not-a-uuid"), 404, "not_found");
  await expectProblem(await resolve(job.id, "1%27%20or%201=1"), 404, "not_found");

  const detail = async (qs: string) => request.get(`/api/v1/it/sync-jobs/${job.id}${qs}`, { headers: auth });
  expect((await (await detail("")).json()).conflictList).toMatchObject({ page: 1, pageSize: 50, total: 0, items: [] });
  expect((await (await detail("?conflictsPage=2&conflictsPageSize=5")).json()).conflictList).toMatchObject({
    page: 2,
    pageSize: 5,
    total: 0,
  });
  expect((await (await detail("?conflictsPageSize=100")).json()).conflictList).toMatchObject({ pageSize: 100 });
  for (const bad of ["?conflictsPageSize=0", "?conflictsPageSize=101", "?conflictsPageSize=abc", "?conflictsPage=0"]) {
    await expectProblem(await detail(bad), 422, "validation_failed");
  }

  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const names = (doc.paths["/it/sync-jobs/{id}"].get.parameters as { name: string }[]).map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(["id", "conflictsPage", "conflictsPageSize"]));

  await expect
    .poll(async () => {
      await runSyncWorker(request);
      return ((await (await detail("")).json()) as { status: string }).status;
    })
    .toBe("succeeded");
});
