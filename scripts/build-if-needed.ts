import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Runs `next build` unless the build folder already holds a build of this exact tree. */
export function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv = process.env): void {
  const stamp = path.join(distDir, "astro-build-stamp");
  let tree = "";
  try {
    tree = execSync("git rev-parse HEAD && git status --porcelain", { encoding: "utf8" });
  } catch {
    tree = String(Date.now()); // not a git checkout: always build
  }
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === tree) return;
  console.log(`Building the app into ${distDir} …`);
  // `next build` adds its folder's generated types to these two files; another folder than
  // .next would leave the checkout modified (and the next build's stamp different).
  const kept = ["tsconfig.json", "next-env.d.ts"].map((file) => [file, readFileSync(file, "utf8")] as const);
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NEXT_DIST_DIR: distDir } });
  for (const [file, text] of kept) writeFileSync(file, text);
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, tree);
}

/**
 * Drops what the server cached at run time (cached query results and pages rendered on demand).
 * They belong to the database they were read from: a server started on a new database (every
 * e2e run, the stripe-mode pass after the main one, a demo whose data folder was deleted) would
 * otherwise serve the old database's launches once before revalidating.
 */
export function clearRuntimeCache(distDir: string): void {
  for (const dir of ["cache/fetch-cache", "server/route-cache"]) {
    rmSync(path.join(distDir, dir), { recursive: true, force: true });
  }
}
