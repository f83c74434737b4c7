import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/http/openapi";
import { SYNC_OPERATIONS } from "@/lib/sync/openapi";

describe("sync and logs OpenAPI operations", () => {
  it("document every IT sync and log route", () => {
    const doc = buildOpenApi(SYNC_OPERATIONS, "http://localhost/api/v1") as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/it/sync-jobs", "/it/sync-jobs/{id}", "/it/logs"]));
    expect(Object.keys(doc.paths["/it/sync-jobs"])).toEqual(["post", "get"]);
    const detail = doc.paths["/it/sync-jobs/{id}"].get as {
      parameters: { name: string; in: string; schema: { minimum?: number; maximum?: number; default?: number } }[];
    };
    const params = Object.fromEntries(detail.parameters.map((p) => [p.name, p]));
    expect(params.id).toMatchObject({ in: "path" });
    expect(params.conflictsPage).toMatchObject({ in: "query", schema: { minimum: 1, default: 1 } });
    expect(params.conflictsPageSize).toMatchObject({ in: "query", schema: { minimum: 1, maximum: 100, default: 50 } });
  });
});
