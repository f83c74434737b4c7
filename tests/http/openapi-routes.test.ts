import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/http/api-operations";
import { buildOpenApi } from "@/lib/http/openapi";
import { isMethodRefusal } from "@/lib/http/method-not-allowed";

const API_DIR = path.join(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// Not documented operations: the document itself, and the catch-all that answers unknown paths.
const UNDOCUMENTED = new Set(["/openapi.json", "/{...path}"]);

/** The route files under app/api/v1 as OpenAPI paths: `[id]` → `{id}`. */
function routeFiles(dir = API_DIR): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const segments = path.relative(API_DIR, dir).split(path.sep).filter(Boolean);
    return [{ file: full, path: "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/") }];
  });
}

/** "METHOD /path" for every method a route module implements (not the 405 refusals). */
async function implementedOperations(): Promise<string[]> {
  const found: string[] = [];
  for (const route of routeFiles()) {
    if (UNDOCUMENTED.has(route.path)) continue;
    const mod = (await import(route.file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] === "function" && !isMethodRefusal(mod[method])) found.push(`${method} ${route.path}`);
    }
  }
  return found.sort();
}

function documentedOperations(): string[] {
  const doc = buildOpenApi(API_OPERATIONS, "http://x/api/v1");
  return Object.entries(doc.paths)
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe("the OpenAPI document and the route handlers", () => {
  it("finds the route files and tells implemented methods from refusals", async () => {
    const implemented = await implementedOperations();
    expect(implemented).toContain("GET /bookings/{id}");
    expect(implemented).not.toContain("DELETE /bookings/{id}");
  });

  it("documents every method a route implements, and every documented operation has a route", async () => {
    const implemented = await implementedOperations();
    const documented = documentedOperations();
    expect(
      implemented.filter((op) => !documented.includes(op)),
      "routes missing from the document",
    ).toEqual([]);
    expect(
      documented.filter((op) => !implemented.includes(op)),
      "documented operations without a route",
    ).toEqual([]);
  });
});
