// Sync numbers and the data sets it moves. Pure: no I/O.

/**
 * Rows (full mode) or change-log entries (incremental) per committed batch. A batch is one
 * read of the primary and one statement on the target, so larger batches pay the fixed
 * costs (round trips, commits, progress) less often: 10,000 bookings are ~4 MB of JSON
 * and a ~0.2 s target transaction on our 2-core machine.
 */
export const SYNC_BATCH_SIZE = 10_000;
/** Batches one worker run may work before it hands back (the cron runs every few seconds): ~120,000 rows. */
export const SYNC_BATCHES_PER_RUN = 12;
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

const table = (name: string, exclude: string[] = [], fill: Record<string, string> = {}): SyncTable => ({
  name,
  exclude,
  fill,
});

/** Data sets in dependency order; within a data set, parents before children. */
export const SYNC_DATASETS = {
  // No password hashes (a placeholder that matches no password) and no tokens or sessions.
  users: [table("users", ["password_hash"], { password_hash: "!synced-no-login" })],
  agencies: [table("agencies")],
  rockets: [table("rockets")],
  launches: [table("launches"), table("launch_status_history")],
  bookings: [table("bookings"), table("booking_seats"), table("payments")],
  invoices: [
    table("invoices"),
    table("invoice_status_history"),
    table("invoice_payments"),
    table("credit_notes"),
    table("invoice_reminders"),
  ],
} as const satisfies Record<string, SyncTable[]>;

export type SyncDataset = keyof typeof SYNC_DATASETS;
export const DATASET_NAMES = Object.keys(SYNC_DATASETS) as SyncDataset[];

/**
 * The data sets whose rows each data set references (foreign keys, checked against the
 * schema by tests/sync/dataset-order.test.ts). SYNC_DATASETS lists every parent before its
 * children, so "all" (and any list, which keeps that order) applies parents first: a
 * target without replica mode checks foreign keys on every row.
 */
export const SYNC_DATASET_PARENTS: Record<SyncDataset, readonly SyncDataset[]> = {
  users: [],
  agencies: ["users"],
  rockets: ["agencies"],
  launches: ["agencies", "rockets", "users"],
  bookings: ["users", "launches"],
  invoices: ["users", "agencies", "launches"],
};

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

/** The data set holding a table, or undefined when the table is not synced. */
export const datasetNameOfTable = (tableName: string): SyncDataset | undefined => datasetOfTable(tableName)?.dataset;

/**
 * What to tell IT when the target refused a row on a foreign key (a target without
 * replica mode checks them). `inserting`: a row references a parent the target lacks;
 * otherwise a row gone from the primary is still referenced on the target.
 */
export function foreignKeyAdvice(
  dataset: SyncDataset,
  tableName: string,
  inserting: boolean,
  referencing: string | undefined,
  detail: string | undefined,
): string {
  const why = detail ? ` (${detail})` : "";
  if (inserting) {
    const parents = SYNC_DATASET_PARENTS[dataset];
    return (
      `Cannot apply ${tableName} (data set ${dataset}): the target lacks rows they reference${why}. ` +
      `Sync ${parents.length ? parents.join(", ") : "its parent data sets"} first (a full sync of them), or sync all data sets: they are applied parents first.`
    );
  }
  const child = referencing ? datasetNameOfTable(referencing) : undefined;
  return (
    `Cannot delete ${tableName} rows gone from the primary (data set ${dataset}): the target still has ${referencing ?? "rows"} referencing them${why}. ` +
    `Sync ${child && child !== dataset ? `${child} (incremental or full)` : "this data set incrementally"} first, then sync ${dataset} again.`
  );
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

export function decideApply(
  targetHash: string | null,
  stateHash: string | null,
  incomingHash: string | null,
): ApplyDecision {
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
