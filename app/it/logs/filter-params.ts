import type { RawLogQuery } from "@/components/logs/log-filter-form";

const KEYS = ["preset", "from", "to", "level", "event", "actor", "q", "sort", "cursor"] as const;

/**
 * The page's default level filter: info and above. Every job run is logged at debug (one
 * row per run, every few seconds: see lib/jobs/run-job.ts), and would otherwise bury the
 * entries people come for. "Any level, including debug" in the form submits an empty level.
 */
export const DEFAULT_PAGE_LEVELS = "info,warn,error";

/** The first value of each known filter parameter (repeated parameters are ignored). */
export function rawLogQuery(params: Record<string, string | string[] | undefined>): RawLogQuery {
  const out: RawLogQuery = {};
  for (const key of KEYS) {
    const value = params[key];
    out[key] = Array.isArray(value) ? value[0] : value;
  }
  // Given dates are a custom range (the form sends its preset select along with them, and
  // the service lets them win too); otherwise the page opens on the last 24 hours, and
  // "Any time" submits an empty preset.
  if (out.from?.trim() || out.to?.trim()) out.preset = "custom";
  else if (out.preset === undefined) out.preset = "24h";
  if (out.level === undefined) out.level = DEFAULT_PAGE_LEVELS;
  return out;
}

/** The query string of a filter, without the cursor unless given. */
export function filterQueryString(raw: RawLogQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (v !== undefined && k !== "cursor") params.set(k, v);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
