"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { SyncJobView } from "@/lib/sync/schemas";
import { CancelSyncButton } from "./cancel-sync-button";
import { ProgressBar } from "./progress-bar";
import { SyncStatusBadge } from "./status-badge";

const POLL_MS = 2000;

/**
 * Running and queued jobs, refreshed by polling /it/sync/live (no reload). When a job
 * leaves the list (finished), the page refreshes so the history shows it. While polls
 * fail, a status says so: the progress shown is then the last one received, not live.
 */
export function LiveJobs({ initial, jobId }: { initial: SyncJobView[]; jobId?: string }) {
  const router = useRouter();
  const [jobs, setJobs] = useState(initial);
  const [lost, setLost] = useState(false);
  const ids = useRef(new Set(initial.filter((j) => j.status === "queued" || j.status === "running").map((j) => j.id)));
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(jobId ? `/it/sync/live?id=${jobId}` : "/it/sync/live", { cache: "no-store" });
        if (stopped) return;
        if (!response.ok) throw new Error(`live sync status answered ${response.status}`);
        const body = (await response.json()) as { jobs: SyncJobView[] };
        if (stopped) return;
        setJobs(body.jobs);
        setLost(false);
        const active = new Set(
          body.jobs.filter((j) => j.status === "queued" || j.status === "running").map((j) => j.id),
        );
        const ended = [...ids.current].some((id) => !active.has(id));
        ids.current = active;
        if (ended) router.refresh();
      } catch {
        // Offline, server down, signed out (a redirect to sign-in is not JSON): say so; the next tick tries again.
        if (!stopped) setLost(true);
      }
    };
    const timer = setInterval(tick, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId, router]);

  // Always rendered (empty while connected), so assistive technologies announce the change.
  const status = (
    <p
      role="status"
      data-testid="sync-live-status"
      className={
        lost ? "mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"
      }
    >
      {lost ? "Connection lost — retrying…" : ""}
    </p>
  );
  if (jobs.length === 0)
    return (
      <>
        {status}
        <p className="text-sm text-slate-600">No sync is running or finished in the last few minutes.</p>
      </>
    );
  return (
    <>
      {status}
      <ul className="space-y-4" aria-live="polite">
        {jobs.map((job) => (
          <li key={job.id} className="rounded-md border border-slate-200 p-4" data-testid="sync-job">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="text-sm">
                <Link href={`/it/sync/${job.id}`} className="font-medium text-brand-700 underline">
                  {job.mode} sync of {job.datasets.join(", ")}
                </Link>{" "}
                <SyncStatusBadge status={job.status} />
              </div>
              {job.status === "queued" || job.status === "running" ? <CancelSyncButton jobId={job.id} /> : null}
            </div>
            <div className="mt-3">
              <ProgressBar percent={job.percent} label={`Progress of the ${job.mode} sync`} />
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
              <div>
                <dt className="text-slate-600">Progress</dt>
                <dd data-testid="sync-percent">{job.percent} %</dd>
              </div>
              <div>
                <dt className="text-slate-600">Rows applied</dt>
                <dd>{job.rowsApplied}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Rows per second</dt>
                <dd>{job.rowsPerSecond}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Current data set</dt>
                <dd>{job.currentDataset ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Conflicts</dt>
                <dd>{job.conflicts}</dd>
              </div>
            </dl>
            {job.error ? <p className="mt-2 text-sm text-red-700">{job.error}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
