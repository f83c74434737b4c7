import Link from "next/link";
import { LocalDateTime } from "@/components/agency/local-date-time";
import type { SyncJobView } from "@/lib/sync/schemas";
import { SyncStatusBadge } from "./status-badge";

const duration = (s: number | null) => (s === null ? "—" : s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`);

/** Jobs with start, end, duration, rows, conflicts and errors; each opens to its details. */
export function JobHistory({ jobs }: { jobs: SyncJobView[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Sync jobs, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Job</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 font-medium">Started</th>
            <th scope="col" className="px-3 py-2 font-medium">Ended</th>
            <th scope="col" className="px-3 py-2 font-medium">Duration</th>
            <th scope="col" className="px-3 py-2 font-medium">Rows applied</th>
            <th scope="col" className="px-3 py-2 font-medium">Conflicts</th>
            <th scope="col" className="px-3 py-2 font-medium">Errors</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className="border-b border-slate-100 last:border-0">
              <td className="px-3 py-2">
                <Link href={`/it/sync/${job.id}`} className="text-brand-700 underline">
                  {job.mode}: {job.datasets.join(", ")}
                </Link>
              </td>
              <td className="px-3 py-2">
                <SyncStatusBadge status={job.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{job.startedAt ? <LocalDateTime iso={job.startedAt} /> : "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{job.finishedAt ? <LocalDateTime iso={job.finishedAt} /> : "—"}</td>
              <td className="px-3 py-2">{duration(job.durationSeconds)}</td>
              <td className="px-3 py-2">{job.rowsApplied}</td>
              <td className="px-3 py-2">{job.conflicts}</td>
              <td className="px-3 py-2">{job.errors}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
