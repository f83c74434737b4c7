const CLASSES: Record<string, string> = {
  queued: "bg-slate-200 text-slate-800",
  running: "bg-blue-100 text-blue-900",
  succeeded: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
  cancelled: "bg-amber-100 text-amber-900",
};

export function SyncStatusBadge({ status }: { status: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${CLASSES[status] ?? ""}`}>{status}</span>;
}
