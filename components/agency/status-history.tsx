import { STATUS_LABELS } from "@/lib/launches/rules";
import type { StatusHistoryDto } from "@/lib/launches/schemas";
import { LocalDateTime } from "@/components/ui/local-date-time";

export function StatusHistory({ history }: { history: StatusHistoryDto[] }) {
  return (
    <ol aria-label="Status history" className="space-y-3">
      {[...history].reverse().map((h) => (
        <li key={h.id} className="border-l-2 border-slate-300 pl-3 text-sm">
          <p className="font-medium text-slate-900">
            {h.fromStatus ? `${STATUS_LABELS[h.fromStatus]} → ${STATUS_LABELS[h.toStatus]}` : STATUS_LABELS[h.toStatus]}
          </p>
          <p className="text-slate-600">
            <LocalDateTime iso={h.changedAt} /> by {h.changedBy?.name ?? "the system"}
          </p>
          {h.oldDate && h.newDate && h.oldDate !== h.newDate ? (
            <p className="text-slate-700">
              Date: <LocalDateTime iso={h.oldDate} /> → <LocalDateTime iso={h.newDate} />
            </p>
          ) : null}
          {h.reason ? <p className="text-slate-700">Reason: {h.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
