// The layering rule, checked on every import: app → components → lib → db, never back.
// lib/ (the services) never imports app/ or components/; app/ reaches the database only
// through lib/ (a service, or appContext), never db/ itself.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** The repository folders a file's imports point into ("@/lib/x" → "lib/x"; "./y" resolved). */
function importTargets(file: string, source: string): string[] {
  const out: string[] = [];
  for (const [, spec] of source.matchAll(IMPORT)) {
    if (spec.startsWith("@/")) out.push(spec.slice(2));
    else if (spec.startsWith(".")) out.push(path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)));
  }
  return out;
}

function violations(dir: string, forbidden: string[]): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    for (const target of importTargets(file, readFileSync(path.join(ROOT, file), "utf8"))) {
      if (forbidden.some((f) => target === f || target.startsWith(`${f}/`))) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

describe("import boundaries", () => {
  it("finds the imports it checks, aliased, relative and dynamic", () => {
    const source = [
      'import { a } from "@/app/x";',
      'export { b } from "../../components/y";',
      'const c = await import("@/db/client");',
      'import "server-only";',
    ].join("\n");
    expect(importTargets("lib/some/file.ts", source)).toEqual(["app/x", "components/y", "db/client"]);
  });

  it("lib/ never imports app/ or components/", () => {
    expect(violations("lib", ["app", "components"])).toEqual([]);
  });

  it("app/ never imports db/ (it goes through a service in lib/)", () => {
    expect(violations("app", ["db"])).toEqual([]);
  });
});
