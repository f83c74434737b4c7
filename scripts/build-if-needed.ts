import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NEXT_DIST_DIR: distDir } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, tree);
}
