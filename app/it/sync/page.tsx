import type { Metadata } from "next";
import { connection } from "next/server";
import { JobHistory } from "@/components/sync/job-history";
import { LiveJobs } from "@/components/sync/live-jobs";
import { StartSyncForm } from "@/components/sync/start-sync-form";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { parseSearchParams } from "@/lib/http/search-params";
import { listActiveSyncJobs, listSyncJobs } from "@/lib/sync/jobs";
import { DATASET_NAMES, SYNC_PAGE_SIZE } from "@/lib/sync/rules";
import { listSyncJobsQuerySchema } from "@/lib/sync/schemas";

export const metadata: Metadata = { title: "Data sync" };

export default async function SyncPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const actor = await requirePageRole(["it"]);
  const ctx = await webContext(actor);
  const params = await searchParams;
  const { query } = parseSearchParams(listSyncJobsQuerySchema, { page: params.page, pageSize: SYNC_PAGE_SIZE }, () => ({
    page: 1,
    pageSize: SYNC_PAGE_SIZE,
  }));
  const [active, history] = await Promise.all([listActiveSyncJobs(ctx), listSyncJobs(ctx, query)]);
  return (
    <Page
      title="Data sync"
      description="Copy data sets from the primary database to the target database, incrementally or in full."
    >
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Start a sync</h2>
          <StartSyncForm datasets={DATASET_NAMES} />
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Running and recent jobs</h2>
          <LiveJobs initial={active} />
        </Card>
        <Card className="p-0">
          <h2 className="px-5 pt-5 text-lg font-semibold">All jobs</h2>
          {history.total === 0 ? (
            <div className="p-5">
              <EmptyState title="No sync has run yet">Start one with the form above.</EmptyState>
            </div>
          ) : (
            <div className="p-2">
              <JobHistory jobs={history.items} />
            </div>
          )}
        </Card>
        <Pagination
          page={history.page}
          pageSize={history.pageSize}
          total={history.total}
          basePath="/it/sync"
          query={params}
        />
      </div>
    </Page>
  );
}
