import { defineConfig, devices } from "@playwright/test";

// Journeys run against `next build && next start` on a fresh embedded database
// (scripts/e2e-server.ts), in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Journeys in stripe mode need a server started in that mode: playwright.stripe.config.ts.
  testIgnore: process.env.E2E_PAYMENT_PROVIDER === "stripe" ? [] : ["**/stripe-*.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs each demo account in once (e2e/.auth/<account>.json) for the journeys to reuse.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx tsx --import ./scripts/hooks/server-only.mjs scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    // Generous: on a loaded 2-core machine the build alone can pass 4 minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: String(port), E2E_PAYMENT_PROVIDER: process.env.E2E_PAYMENT_PROVIDER ?? "" },
  },
});
