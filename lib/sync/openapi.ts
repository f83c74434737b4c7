import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import { logListQuerySchema } from "@/lib/monitoring/log-list";
import { logEntryView } from "@/lib/monitoring/log-schemas";
import { listSyncJobsQuerySchema, startSyncSchema, syncJobDetailQuerySchema, syncJobView } from "./schemas";

const conflictView = z.object({
  id: z.uuid(),
  dataset: z.string(),
  tableName: z.string(),
  rowId: z.string(),
  primaryVersion: z.record(z.string(), z.unknown()).nullable(),
  targetVersion: z.record(z.string(), z.unknown()).nullable(),
  detectedAt: z.string(),
  resolution: z.enum(["keep_target", "overwrite"]).nullable(),
  resolvedAt: z.string().nullable(),
});

// The sync and log operations of /api/v1 (IT employees only).
export const SYNC_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/it/sync-jobs",
    summary: "Queue a sync of some or all data sets (409 conflict when one is already running)",
    tag: "IT",
    auth: "bearer",
    body: startSyncSchema,
    response: syncJobView,
    status: 201,
  },
  {
    method: "get",
    path: "/it/sync-jobs",
    summary: "Sync jobs, newest first",
    tag: "IT",
    auth: "bearer",
    query: listSyncJobsQuerySchema,
    response: z.object({
      items: z.array(syncJobView),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  },
  {
    method: "get",
    path: "/it/sync-jobs/{id}",
    summary:
      "One sync job with its progress and a page of its conflicts (conflictsPage, conflictsPageSize 1–100, default 50)",
    tag: "IT",
    auth: "bearer",
    query: syncJobDetailQuerySchema,
    response: syncJobView.extend({
      conflictList: z.object({
        items: z.array(conflictView),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    }),
  },
  {
    method: "post",
    path: "/it/sync-jobs/{id}/cancel",
    summary: "Cancel a queued or running sync job",
    tag: "IT",
    auth: "bearer",
    response: syncJobView,
  },
  {
    method: "post",
    path: "/it/sync-jobs/{id}/conflicts/{conflictId}",
    summary:
      "Resolve a conflict of the job: keep the target's version or overwrite it from the primary (404 unless the conflict belongs to job {id})",
    tag: "IT",
    auth: "bearer",
    body: z.object({ resolution: z.enum(["keep_target", "overwrite"]) }),
  },
  {
    method: "get",
    path: "/it/logs",
    summary:
      "Search the activity log by pages (page, pageSize) or keyset (cursor = nextCursor), or export the filter streamed with format=csv|json",
    tag: "IT",
    auth: "bearer",
    query: logListQuerySchema,
    response: z.object({
      items: z.array(logEntryView),
      total: z.number().int(),
      page: z.number().int().nullable(),
      pageSize: z.number().int(),
      nextCursor: z.string().nullable(),
      totalCapped: z.boolean(),
    }),
  },
];
