import type { LaunchStatus } from "@/db/schema";
import { STATUS_LABELS } from "@/lib/launches/rules";

const TONES: Record<LaunchStatus, string> = {
  scheduled: "bg-sky-100 text-sky-900",
  delayed: "bg-amber-100 text-amber-900",
  aborted: "bg-red-100 text-red-900",
  successful: "bg-green-100 text-green-900",
  failed: "bg-slate-200 text-slate-900",
};

export function StatusBadge({ status }: { status: LaunchStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function ViabilityBadge({ viable }: { viable: boolean }) {
  return viable ? (
    <span className="inline-block rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium text-green-900">
      Viable
    </span>
  ) : (
    <span className="inline-block rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900">
      Below minimum
    </span>
  );
}
