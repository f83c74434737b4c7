// npm test — every test: types and lint, the suite on PGlite, the suite again on the
// PostgreSQL server (with the concurrency tests), then the browser journeys.
import { spawnSync } from "node:child_process";
import { Client } from "pg";
import { buildIfNeeded } from "./build-if-needed";

const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/postgres";

function step(title: string, cmd: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `=== ${title}: ${result.status === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

step("typecheck", "npx", ["tsc", "--noEmit"]);
step("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
step("format (Prettier)", "npx", ["prettier", "--check", "."]);
step("unit + integration (PGlite)", "npx", ["vitest", "run"], { TEST_DATABASE_URL: "" });

const pgUrl = process.env.TEST_DATABASE_URL || DEFAULT_PG;
if (await reachable(pgUrl)) {
  step("integration + concurrency (PostgreSQL server)", "npx", ["vitest", "run"], { TEST_DATABASE_URL: pgUrl });
} else if (process.env.SKIP_PG === "1") {
  console.warn(
    `\n!!! PostgreSQL at ${pgUrl} is unreachable and SKIP_PG=1: the server pass (concurrency tests) did NOT run.`,
  );
} else {
  console.error(
    `\nPostgreSQL at ${pgUrl} is unreachable. Start it, set TEST_DATABASE_URL, or set SKIP_PG=1 to skip that pass knowingly.`,
  );
  process.exit(1);
}
console.log("\n=== production build for the journeys ===");
buildIfNeeded(process.env.NEXT_DIST_DIR ?? ".next");
step("browser journeys (Playwright)", "npx", ["playwright", "test"], { E2E_SKIP_BUILD: "1" });
step(
  "browser journeys in stripe mode (Playwright)",
  "npx",
  ["playwright", "test", "-c", "playwright.stripe.config.ts"],
  {
    E2E_SKIP_BUILD: "1",
  },
);
console.log("\nAll tests passed.");
