// npm run demo — the whole product on the embedded database with demo data, on :3000.
// Running it again keeps the data (.data/); delete .data/ to start over. It listens on
// 127.0.0.1 unless HOST says otherwise: the demo accounts' password is printed below.
import { spawn } from "node:child_process";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/scripts/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/scripts/seed/users";
import { createContext } from "@/lib/context";
import { parseEnv } from "@/lib/env";
import { buildIfNeeded, clearRuntimeCache } from "./build-if-needed";

const port = process.env.PORT ?? "3000";
const host = process.env.HOST || "127.0.0.1";
const dataDir = process.env.DATA_DIR ?? ".data";
const env = parseEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: undefined });

const handle = openDatabase({ dataDir });
await migrateDatabase(handle);
await seedDemo(createContext({ db: handle.db, origin: "seed" }));
await handle.close();

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  AUTH_SECRET: env.AUTH_SECRET,
  CRON_SECRET: env.CRON_SECRET,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  PORT: port,
  HOST: host,
  NODE_ENV: "production",
  // The demo has no mail provider: its mails go to the built-in mailbox (/it/mailbox).
  MAILBOX: process.env.MAILBOX ?? "on",
};
delete childEnv.DATABASE_URL;
buildIfNeeded(process.env.NEXT_DIST_DIR ?? ".next", childEnv);
// The data folder may be new (deleted to start over): never serve what was cached from the old one.
clearRuntimeCache(process.env.NEXT_DIST_DIR ?? ".next");

console.log(
  `\nAstroBookings is starting on http://${host === "127.0.0.1" ? "localhost" : host}:${port}\nDemo accounts (password for all: ${DEMO_PASSWORD}):`,
);
for (const [key, user] of Object.entries(DEMO_USERS))
  console.log(`  ${key.padEnd(12)} ${user.role.padEnd(9)} ${user.email}`);
const child = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: childEnv });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
