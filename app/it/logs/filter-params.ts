import type { RawLogQuery } from "@/components/logs/log-filter-form";

const KEYS = ["preset", "from", "to", "level", "event", "actor", "q", "sort", "cursor"] as const;

/** The first value of each known filter parameter (repeated parameters are ignored). */
export function rawLogQuery(params: Record<string, string | string[] | undefined>): RawLogQuery {
  const out: RawLogQuery = {};
  for (const key of KEYS) {
    const value = params[key];
    out[key] = Array.isArray(value) ? value[0] : value;
  }
  // The page opens on the last 24 hours; "Any time" submits an empty preset.
  if (out.preset === undefined) out.preset = "24h";
  return out;
}

/** The query string of a filter, without the cursor unless given. */
export function filterQueryString(raw: RawLogQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (v !== undefined && k !== "cursor") params.set(k, v);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
