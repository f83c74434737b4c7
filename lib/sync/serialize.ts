import type { syncJobs } from "@/db/schema";
import { progressPercent, rowsPerSecond } from "./rules";
import type { SyncJobView } from "./schemas";

type JobRow = typeof syncJobs.$inferSelect;

/** The API and dashboard view of a job (ISO instants, derived percent and rows/s). */
export function toJobView(job: JobRow): SyncJobView {
  const finished = job.status === "succeeded";
  return {
    id: job.id,
    status: job.status,
    mode: job.mode,
    datasets: job.datasets,
    currentDataset: job.currentDataset,
    percent: progressPercent(job.processedRows, job.totalRows, finished),
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    rowsApplied: job.rowsApplied,
    rowsPerSecond: rowsPerSecond(job.processedRows, job.workMs),
    conflicts: job.conflicts,
    errors: job.errors,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    durationSeconds:
      job.startedAt && job.finishedAt ? Math.round((job.finishedAt.getTime() - job.startedAt.getTime()) / 1000) : null,
  };
}
