import { z } from "zod";
import { DATASET_NAMES } from "./rules";

const datasetName = z.enum(DATASET_NAMES as [string, ...string[]], { error: "Unknown data set." });

/** POST /api/v1/it/sync-jobs and the start form. */
export const startSyncSchema = z.object({
  datasets: z.union([
    z.literal("all"),
    z.array(datasetName).min(1, "Choose at least one data set.").max(DATASET_NAMES.length),
  ]),
  mode: z.enum(["incremental", "full"], { error: "Choose incremental or full." }),
});
export type StartSyncInput = z.infer<typeof startSyncSchema>;

/** The start form: "all" or a list of data sets (checkboxes), and a mode. */
export const startSyncFormSchema = z
  .object({
    all: z.boolean(),
    datasets: z.array(datasetName),
    mode: z.enum(["incremental", "full"], { error: "Choose incremental or full." }),
  })
  .refine((v) => v.all || v.datasets.length > 0, {
    message: "Choose at least one data set, or all.",
    path: ["datasets"],
  });
export type StartSyncFormInput = z.infer<typeof startSyncFormSchema>;

export const toStartSyncInput = (v: StartSyncFormInput): StartSyncInput => ({
  datasets: v.all ? "all" : v.datasets,
  mode: v.mode,
});

export const listSyncJobsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]).optional(),
});
export type ListSyncJobsQuery = z.infer<typeof listSyncJobsQuerySchema>;

export const jobIdSchema = z.object({ jobId: z.uuid() });

/** GET /api/v1/it/sync-jobs/{id}: the page of the job's conflicts listed with it. */
export const syncJobDetailQuerySchema = z.object({
  conflictsPage: z.coerce
    .number()
    .int()
    .min(1)
    .max(100000)
    .default(1)
    .describe("Page of the job's conflicts (from 1)."),
  conflictsPageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50)
    .describe("Conflicts per page, 1–100 (default 50)."),
});
export const resolveConflictSchema = z.object({
  conflictId: z.uuid(),
  resolution: z.enum(["keep_target", "overwrite"]),
});
export type ResolveConflictInput = z.infer<typeof resolveConflictSchema>;

export const syncJobView = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
  mode: z.enum(["incremental", "full"]),
  datasets: z.array(z.string()),
  currentDataset: z.string().nullable(),
  percent: z.number().int(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  rowsApplied: z.number().int(),
  rowsPerSecond: z.number().int(),
  conflicts: z.number().int(),
  errors: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  durationSeconds: z.number().nullable(),
});
export type SyncJobView = z.infer<typeof syncJobView>;
