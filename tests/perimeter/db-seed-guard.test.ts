import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("npm run db:seed", () => {
  it("refuses to load the demo accounts with NODE_ENV=production unless given --force", () => {
    const run = spawnSync("npx", ["tsx", "--import", "./scripts/hooks/server-only.mjs", "scripts/db-seed.ts"], {
      cwd: root,
      encoding: "utf8",
      // A database nobody can reach: the refusal must come before any connection.
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Refusing to load the demo data with NODE_ENV=production/);
    expect(run.stderr).toMatch(/--force/);
  });
});
