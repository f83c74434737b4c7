import { LocalDateTime } from "@/components/ui/local-date-time";
import type { StatusHistoryEntry } from "@/lib/catalogue/queries";
import { STATUS_LABELS } from "@/lib/launches/rules";

const DOT: Record<string, string> = {
  scheduled: "bg-sky-500",
  delayed: "bg-amber-500",
  aborted: "bg-red-600",
  successful: "bg-green-600",
  failed: "bg-slate-600",
};

/** The launch's status history as a timeline, oldest first (delays, abort…). */
export function StatusTimeline({ history }: { history: StatusHistoryEntry[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-600">No status changes yet.</p>;
  return (
    <ol aria-label="Launch status history" className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {history.map((h, i) => (
        <li key={`${h.changedAt}-${i}`} className="relative text-sm">
          <span
            aria-hidden="true"
            className={`absolute top-1 -left-[1.72rem] h-3 w-3 rounded-full ring-2 ring-white ${DOT[h.toStatus] ?? "bg-slate-400"}`}
          />
          <p className="font-medium text-slate-900">
            {h.fromStatus ? `${STATUS_LABELS[h.fromStatus]} → ${STATUS_LABELS[h.toStatus]}` : STATUS_LABELS[h.toStatus]}
          </p>
          <p className="text-slate-600">
            <LocalDateTime iso={h.changedAt} />
          </p>
          {h.oldDate && h.newDate && h.oldDate !== h.newDate ? (
            <p className="text-slate-700">
              New launch date: <LocalDateTime iso={h.newDate} /> (was <LocalDateTime iso={h.oldDate} />)
            </p>
          ) : null}
          {h.reason ? <p className="text-slate-700">Reason: {h.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
