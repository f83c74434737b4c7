import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// Concurrency tests need the PostgreSQL server (PGlite has one connection): they run in
// the second pass of `npm test`, when TEST_DATABASE_URL is set.
const serverOnly = "**/*.pg.test.ts";

export default defineConfig({
  resolve: {
    alias: [
      { find: "server-only", replacement: path.join(root, "tests/helpers/empty.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "db/**/*.test.ts"],
    exclude: ["node_modules/**", ".next*/**", ...(process.env.TEST_DATABASE_URL ? [] : [serverOnly])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A fixed AUTH_SECRET: tokens sealed in the outbox are opened with it (never the embedded secrets file).
    env: {
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      SCHEDULER: "off",
      AUTH_SECRET: "vitest-auth-secret-0123456789abcdefghij",
    },
  },
});
