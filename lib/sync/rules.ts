// Sync numbers and the data sets it moves. Pure: no I/O.

/** Rows (full mode) or change-log entries (incremental) per committed batch. */
export const SYNC_BATCH_SIZE = 2000;
/** Batches one worker run may work before it hands back (the cron runs every few seconds). */
export const SYNC_BATCHES_PER_RUN = 60;
/** A running job whose heartbeat is older than this is presumed dead and may be reclaimed. */
export const SYNC_STALE_AFTER_SECONDS = 60;
/** The live panel keeps a finished job this long, so its 100 % is seen. */
export const SYNC_RECENT_SECONDS = 600;
/** Conflicts and finished jobs are listed by pages of this size. */
export const SYNC_PAGE_SIZE = 20;

export interface SyncTable {
  name: string;
  /** Columns that never leave the primary. */
  exclude: string[];
  /** Values written on the target for NOT NULL columns that are excluded. */
  fill: Record<string, string>;
}

const table = (name: string, exclude: string[] = [], fill: Record<string, string> = {}): SyncTable => ({ name, exclude, fill });

/** Data sets in dependency order; within a data set, parents before children. */
export const SYNC_DATASETS = {
  // No password hashes (a placeholder that matches no password) and no tokens or sessions.
  users: [table("users", ["password_hash"], { password_hash: "!synced-no-login" })],
  agencies: [table("agencies")],
  rockets: [table("rockets")],
  launches: [table("launches"), table("launch_status_history")],
  bookings: [table("bookings"), table("booking_seats"), table("payments")],
  invoices: [table("invoices"), table("invoice_payments"), table("credit_notes")],
} as const satisfies Record<string, SyncTable[]>;

export type SyncDataset = keyof typeof SYNC_DATASETS;
export const DATASET_NAMES = Object.keys(SYNC_DATASETS) as SyncDataset[];

export const isDataset = (name: string): name is SyncDataset => Object.hasOwn(SYNC_DATASETS, name);

/** The data sets of a request, de-duplicated and in dependency order. */
export function orderDatasets(requested: readonly string[] | "all"): SyncDataset[] {
  if (requested === "all") return [...DATASET_NAMES];
  return DATASET_NAMES.filter((d) => requested.includes(d));
}

export function datasetOfTable(tableName: string): { dataset: SyncDataset; table: SyncTable } | undefined {
  for (const dataset of DATASET_NAMES) {
    const found = (SYNC_DATASETS[dataset] as readonly SyncTable[]).find((t) => t.name === tableName);
    if (found) return { dataset, table: found };
  }
  return undefined;
}

/** Percent done, 0–100, never above 100 (deletions found on the way may exceed the estimate). */
export function progressPercent(processed: number, total: number, finished: boolean): number {
  if (finished) return 100;
  if (total <= 0) return 0;
  return Math.min(99, Math.floor((processed / total) * 100));
}

export function rowsPerSecond(processed: number, workMs: number): number {
  return workMs > 0 ? Math.round((processed * 1000) / workMs) : 0;
}

/** What to do with one incoming row, from the target's current hash, our last applied hash and the primary's. */
export type ApplyDecision = "write" | "delete" | "skip" | "adopt" | "forget" | "conflict";

export function decideApply(targetHash: string | null, stateHash: string | null, incomingHash: string | null): ApplyDecision {
  if (targetHash === null) {
    if (stateHash === null) return incomingHash === null ? "skip" : "write";
    // We applied it once and someone else deleted it.
    return incomingHash === null ? "forget" : "conflict";
  }
  if (stateHash !== targetHash) {
    // Not ours as it stands: changed (or created) by another origin. Agreeing with the
    // primary is no conflict: we adopt it as our own.
    return targetHash === incomingHash ? "adopt" : "conflict";
  }
  if (incomingHash === null) return "delete";
  return incomingHash === targetHash ? "skip" : "write";
}
