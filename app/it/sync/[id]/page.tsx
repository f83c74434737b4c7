import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { LiveJobs } from "@/components/sync/live-jobs";
import { ResolveConflictButtons } from "@/components/sync/resolve-conflict-buttons";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { getSyncJob, listConflicts } from "@/lib/sync/jobs";
import { SYNC_PAGE_SIZE } from "@/lib/sync/rules";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Sync job" };

const show = (v: Record<string, unknown> | null) => (v ? JSON.stringify(v, null, 2) : "(no row)");

export default async function SyncJobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const actor = await requirePageRole(["it"]);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const ctx = await webContext(actor);
  const job = await getSyncJob(ctx, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const query = await searchParams;
  const page = Math.max(1, Math.min(100000, Number(query.page) || 1));
  const conflicts = await listConflicts(ctx, id, page, SYNC_PAGE_SIZE);
  return (
    <Page
      title={`Sync job · ${job.mode}`}
      description={
        <>
          Data sets: {job.datasets.join(", ")}.{" "}
          <Link href="/it/sync" className="underline">
            Back to all jobs
          </Link>
        </>
      }
    >
      <div className="space-y-6">
        <Card>
          <LiveJobs initial={[job]} jobId={job.id} />
          <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-600">Queued</dt>
              <dd>
                <LocalDateTime iso={job.createdAt} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Started</dt>
              <dd>{job.startedAt ? <LocalDateTime iso={job.startedAt} /> : "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Ended</dt>
              <dd>{job.finishedAt ? <LocalDateTime iso={job.finishedAt} /> : "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Rows processed / expected</dt>
              <dd>
                {job.processedRows} / {job.totalRows}
              </dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Conflicts ({conflicts.total})</h2>
          {conflicts.total === 0 ? (
            <EmptyState title="No conflicts">No target row had been changed by another origin.</EmptyState>
          ) : (
            <ul className="space-y-4">
              {conflicts.items.map((c) => (
                <li key={c.id} className="rounded-md border border-slate-200 p-4">
                  <p className="text-sm">
                    <strong>{c.tableName}</strong> row <code className="break-all">{c.rowId}</code> — detected{" "}
                    <LocalDateTime iso={c.detectedAt.toISOString()} />
                  </p>
                  <div className="mt-2 grid gap-2 md:grid-cols-2">
                    <div>
                      <h3 className="text-sm font-medium">Primary version</h3>
                      <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
                        {show(c.primaryVersion)}
                      </pre>
                    </div>
                    <div>
                      <h3 className="text-sm font-medium">Target version</h3>
                      <pre className="max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
                        {show(c.targetVersion)}
                      </pre>
                    </div>
                  </div>
                  <div className="mt-3">
                    {c.resolution ? (
                      <p className="text-sm text-slate-700">
                        Resolved: {c.resolution === "keep_target" ? "kept the target" : "overwritten from the primary"}
                        {c.resolvedAt ? (
                          <>
                            {" "}
                            on <LocalDateTime iso={c.resolvedAt.toISOString()} />
                          </>
                        ) : null}
                      </p>
                    ) : (
                      <ResolveConflictButtons conflictId={c.id} />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={conflicts.page}
            pageSize={conflicts.pageSize}
            total={conflicts.total}
            basePath={`/it/sync/${job.id}`}
            query={query}
          />
        </Card>
      </div>
    </Page>
  );
}
