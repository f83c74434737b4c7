// Starts the app for the Playwright journeys: a fresh embedded database with the demo
// data, the production build, the production server (scripts/server.mjs) on E2E_PORT.
// TRUST_PROXY_HOPS=1: the journeys play the trusted proxy and give each caller its own
// client address in X-Forwarded-For, so the per-address limits do not trip across tests.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/scripts/seed";
import { createContext } from "@/lib/context";
import { parseEnv } from "@/lib/env";
import { buildIfNeeded, clearRuntimeCache } from "./build-if-needed";
import { startStripeStandIn } from "./stripe-stand-in/server";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = process.env.E2E_DATA_DIR ?? `.data-e2e-${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
rmSync(dataDir, { recursive: true, force: true });

const env = parseEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: undefined });
const handle = openDatabase({ dataDir });
await migrateDatabase(handle);
await seedDemo(createContext({ db: handle.db, origin: "seed" }));
await handle.close();

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: "",
  DATA_DIR: dataDir,
  NEXT_DIST_DIR: distDir,
  AUTH_SECRET: env.AUTH_SECRET,
  CRON_SECRET: env.CRON_SECRET,
  APP_URL: `http://127.0.0.1:${port}`,
  AUTH_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: "production",
  PORT: port,
  HOST: "127.0.0.1",
  TRUST_PROXY_HOPS: "1",
  // The journeys read mails from the built-in mailbox, a development transport off in production by default.
  MAILBOX: "on",
};
delete childEnv.DATABASE_URL;
// E2E_PAYMENT_PROVIDER=stripe (playwright.stripe.config.ts): the app takes payments through
// the official SDK from a local Stripe stand-in, which sends its webhooks back to the app.
if (process.env.E2E_PAYMENT_PROVIDER === "stripe") {
  const webhookSecret = "whsec_e2e_stand_in";
  const standIn = await startStripeStandIn({
    port: Number(process.env.E2E_STRIPE_PORT ?? Number(port) + 50),
    webhook: `http://127.0.0.1:${port}/api/v1/payments/stripe/webhook`,
    webhookSecret,
  });
  Object.assign(childEnv, {
    PAYMENT_PROVIDER: "stripe",
    STRIPE_SECRET_KEY: "sk_test_e2e_stand_in",
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_BASE: standIn.url,
  });
}
// npm test builds once before Playwright starts; a lone `npm run test:e2e` builds here.
if (process.env.E2E_SKIP_BUILD !== "1") buildIfNeeded(distDir, childEnv);
// A fresh database: nothing the server cached from an earlier one may be served.
clearRuntimeCache(distDir);
const child = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: childEnv });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
