import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";

export const syncJobStatusEnum = pgEnum("sync_job_status", ["queued", "running", "succeeded", "failed", "cancelled"]);
export const syncModeEnum = pgEnum("sync_mode", ["incremental", "full"]);
export const syncResolutionEnum = pgEnum("sync_resolution", ["keep_target", "overwrite"]);
export type SyncJobStatus = (typeof syncJobStatusEnum.enumValues)[number];
export type SyncMode = (typeof syncModeEnum.enumValues)[number];
export type SyncResolution = (typeof syncResolutionEnum.enumValues)[number];

/** Where a job stands inside its current data set (kept with every committed batch). */
export interface SyncJobPlan {
  /** Per data set: the change-log id the job stops at, and the row count it expects. */
  datasets: Record<string, { untilChangeId: number; totalRows: number }>;
}

/** One sync run, queued by the dashboard or the API and worked by the `sync` job. */
export const syncJobs = pgTable(
  "sync_jobs",
  {
    id: id(),
    status: syncJobStatusEnum().notNull().default("queued"),
    mode: syncModeEnum().notNull(),
    datasets: text().array().notNull(),
    currentDataset: text(),
    plan: jsonb().$type<SyncJobPlan>(),
    totalRows: integer().notNull().default(0),
    processedRows: integer().notNull().default(0),
    rowsApplied: integer().notNull().default(0),
    conflicts: integer().notNull().default(0),
    errors: integer().notNull().default(0),
    /** Time spent working batches; rows per second = rows processed / work time. */
    workMs: bigint({ mode: "number" }).notNull().default(0),
    batches: integer().notNull().default(0),
    error: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    heartbeatAt: timestamp({ withTimezone: true }),
    claimedBy: text(),
  },
  (t) => [
    index("sync_jobs_status_idx").on(t.status, t.createdAt),
    index("sync_jobs_created_idx").on(t.createdAt, t.id),
    check("sync_jobs_datasets_check", sql`cardinality(${t.datasets}) > 0`),
  ],
);

/**
 * One running sync per data set, held by the database: a row per data set is inserted in
 * the transaction that queues the job (primary key = data set) and removed when it ends.
 */
export const syncDatasetLocks = pgTable("sync_dataset_locks", {
  dataset: text().primaryKey(),
  jobId: uuid()
    .notNull()
    .references(() => syncJobs.id, { onDelete: "cascade" }),
  lockedAt: timestamp({ withTimezone: true }).notNull(),
});

/** The last change-log id applied per data set (mirrors the target's own cursor). */
export const syncCursors = pgTable("sync_cursors", {
  dataset: text().primaryKey(),
  lastChangeId: bigint({ mode: "number" }).notNull().default(0),
  lastJobId: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** A target row changed by another origin since our last apply: both versions, until IT resolves it. */
export const syncConflicts = pgTable(
  "sync_conflicts",
  {
    id: id(),
    jobId: uuid()
      .notNull()
      .references(() => syncJobs.id, { onDelete: "cascade" }),
    dataset: text().notNull(),
    tableName: text().notNull(),
    rowId: text().notNull(),
    primaryVersion: jsonb().$type<Record<string, unknown>>(),
    targetVersion: jsonb().$type<Record<string, unknown>>(),
    detectedAt: timestamp({ withTimezone: true }).notNull(),
    resolution: syncResolutionEnum(),
    resolvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // At most one open conflict per row: a later sync refreshes it instead of piling up.
    uniqueIndex("sync_conflicts_open_row_key")
      .on(t.tableName, t.rowId)
      .where(sql`${t.resolution} is null`),
    index("sync_conflicts_job_idx").on(t.jobId, t.detectedAt),
  ],
);

/**
 * TARGET side (the same migrations run on the target): the hash of each row as we last
 * applied it. A target row whose hash differs was changed by another origin → conflict.
 */
export const syncTargetState = pgTable(
  "sync_target_state",
  {
    tableName: text().notNull(),
    rowId: text().notNull(),
    hash: text().notNull(),
    changeId: bigint({ mode: "number" }),
    /** How many times the sync wrote this row: proves that no change is applied twice. */
    applyCount: integer().notNull().default(1),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
);

/**
 * TARGET side: the authoritative cursor per data set, committed in the same target
 * transaction as each batch, so a batch is applied exactly once even if the worker dies
 * before the primary records its progress.
 */
export const syncTargetCursors = pgTable("sync_target_cursors", {
  dataset: text().primaryKey(),
  changeId: bigint({ mode: "number" }).notNull().default(0),
  /** Full-mode position: the job, the table index within the data set and the last id done. */
  jobId: uuid(),
  tableIndex: integer().notNull().default(0),
  lastId: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** Cursors of background jobs that walk an append-only table (e.g. change-log digest). */
export const jobCursors = pgTable("job_cursors", {
  name: text().primaryKey(),
  position: bigint({ mode: "number" }).notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
