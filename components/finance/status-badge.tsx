const TONES: Record<string, string> = {
  issued: "bg-slate-100 text-slate-800",
  partially_paid: "bg-amber-100 text-amber-900",
  paid: "bg-green-100 text-green-900",
  overdue: "bg-red-100 text-red-900",
};

export const STATUS_LABELS: Record<string, string> = {
  issued: "Issued",
  partially_paid: "Partially paid",
  paid: "Paid",
  overdue: "Overdue",
};

export function InvoiceStatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status] ?? TONES.issued}`}>
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}
