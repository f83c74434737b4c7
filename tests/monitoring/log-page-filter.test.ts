import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_LEVELS, filterQueryString, rawLogQuery } from "@/app/it/logs/filter-params";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";

const parsed = (params: Record<string, string>) => logFilterSchema.parse(rawLogQuery(params));

describe("/it/logs filter from the URL", () => {
  it("opens on the last 24 hours, info and above: job runs (debug) stay out until asked for", () => {
    expect(rawLogQuery({})).toMatchObject({ preset: "24h", level: DEFAULT_PAGE_LEVELS });
    expect(parsed({}).level).toEqual(["info", "warn", "error"]);
    // "Any level, including debug" submits an empty level: no level filter at all.
    expect(parsed({ level: "" }).level).toBeUndefined();
    expect(parsed({ level: "debug" }).level).toEqual(["debug"]);
  });

  it("reads given dates as a custom range, whatever preset the form sent beside them", () => {
    expect(rawLogQuery({ preset: "24h", from: "2026-11-25T00:00:00.000Z" }).preset).toBe("custom");
    expect(rawLogQuery({ to: "2026-11-25T00:00:00.000Z" }).preset).toBe("custom");
    expect(rawLogQuery({ preset: "1h", from: "", to: "" }).preset).toBe("1h");
    expect(rawLogQuery({ preset: "" }).preset).toBe("");
    const filter = parsed({ preset: "24h", from: "2026-11-20T00:00:00.000Z", to: "2026-11-21T00:00:00.000Z" });
    expect(filter).toMatchObject({
      preset: "custom",
      from: new Date("2026-11-20T00:00:00.000Z"),
      to: new Date("2026-11-21T00:00:00.000Z"),
    });
  });

  it("exports what the page shows: the default level travels in the export link", () => {
    const qs = new URLSearchParams(filterQueryString(rawLogQuery({ actor: "mallory" }), { format: "csv" }));
    expect(qs.get("level")).toBe(DEFAULT_PAGE_LEVELS);
    expect(qs.get("format")).toBe("csv");
  });
});
