import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { DataTable } from "@/components/ui/data-table";
import type { SyncJobView } from "@/lib/sync/schemas";
import { SyncStatusBadge } from "./status-badge";

const duration = (s: number | null) => (s === null ? "—" : s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`);

/** Jobs with start, end, duration, rows, conflicts and errors; each opens to its details. */
export function JobHistory({ jobs }: { jobs: SyncJobView[] }) {
  return (
    <DataTable
      caption="Sync jobs, newest first"
      framed={false}
      wide
      columns={[
        { label: "Job" },
        { label: "Status" },
        { label: "Started" },
        { label: "Ended" },
        { label: "Duration" },
        { label: "Rows applied" },
        { label: "Conflicts" },
        { label: "Errors" },
      ]}
    >
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
          <td className="px-3 py-2 whitespace-nowrap">
            {job.finishedAt ? <LocalDateTime iso={job.finishedAt} /> : "—"}
          </td>
          <td className="px-3 py-2">{duration(job.durationSeconds)}</td>
          <td className="px-3 py-2">{job.rowsApplied}</td>
          <td className="px-3 py-2">{job.conflicts}</td>
          <td className="px-3 py-2">{job.errors}</td>
        </tr>
      ))}
    </DataTable>
  );
}
