// Helpers for the IT specs: the cron secret of the e2e server and a worker trigger.
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";

/** The CRON_SECRET the e2e server generated for its embedded data folder. */
export function cronSecret(): string {
  if (process.env.CRON_SECRET) return process.env.CRON_SECRET;
  const port = process.env.E2E_PORT ?? "3100";
  const file = process.env.E2E_DATA_DIR ?? `.data-e2e-${port}`;
  return (JSON.parse(readFileSync(`${file}/secrets.json`, "utf8")) as { CRON_SECRET: string }).CRON_SECRET;
}

/** Runs one round of the sync worker now, instead of waiting for the embedded scheduler. */
export async function runSyncWorker(request: APIRequestContext): Promise<void> {
  const response = await request.get("/api/cron/sync", { headers: { Authorization: `Bearer ${cronSecret()}` } });
  expect(response.status(), await response.text()).toBe(200);
}
