// Log search, export and retention numbers. Pure: no I/O.

/** Change-log rows summarised into the activity log per run. */
export const CHANGE_LOG_DIGEST_BATCH = 5000;
/** Rows deleted per statement by the retention job, and statements per run. */
export const RETENTION_BATCH = 5000;
export const RETENTION_MAX_BATCHES = 200;
/** Rows read per keyset step of a streamed export. */
export const EXPORT_BATCH = 1000;
/** The list counts matches up to this; beyond it shows "more than". */
export const LOG_COUNT_CAP = 10_000;
/** Entries per page on /it/logs. */
export const LOG_PAGE_SIZE = 50;
/** GET /api/v1/it/logs: the API's list default, and the deepest `page` (an offset walks every row before it; deeper, use `cursor`). */
export const LOG_API_PAGE_SIZE = 20;
export const LOG_MAX_PAGE = 10_000;
/** Free text shorter than this uses only the word index (trigrams need 3 characters). */
export const TRIGRAM_MIN_LENGTH = 3;
export const LOG_PRESETS = { "1h": 3600, "24h": 86_400, "7d": 7 * 86_400 } as const;
/** The IT overview counts the errors logged in this window. */
export const OVERVIEW_ERROR_WINDOW_SECONDS = LOG_PRESETS["24h"];
export type LogPreset = keyof typeof LOG_PRESETS;

/** The cutoff before which entries are pruned. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** Escapes a user string for ILIKE '%…%' (backslash is the default escape character). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Keyset cursor: the last row's instant (microseconds, UTC text) and id. */
export function encodeCursor(at: string, id: number): string {
  return Buffer.from(JSON.stringify([at, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { at: string; id: number } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as [unknown, unknown];
    if (typeof at !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(at)) return null;
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) return null;
    return { at, id };
  } catch {
    return null;
  }
}
