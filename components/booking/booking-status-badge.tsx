import type { BookingStatus } from "@/db/schema";

const TONES: Record<BookingStatus, string> = {
  held: "bg-amber-100 text-amber-900",
  confirmed: "bg-green-100 text-green-900",
  cancelled: "bg-slate-200 text-slate-900",
  expired: "bg-slate-100 text-slate-700",
};
const LABELS: Record<BookingStatus, string> = {
  held: "Held",
  confirmed: "Confirmed",
  cancelled: "Cancelled",
  expired: "Expired",
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {LABELS[status]}
    </span>
  );
}
