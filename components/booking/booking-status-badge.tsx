import type { BookingStatus } from "@/db/schema";

const TONES: Record<BookingStatus, string> = {
  held: "bg-amber-100 text-amber-900",
  confirmed: "bg-green-100 text-green-900",
  // Cancelled (a trip given up, maybe refunded) and expired (a hold never paid) must not look alike.
  cancelled: "bg-red-50 text-red-800 ring-1 ring-red-200",
  expired: "border border-dashed border-slate-400 bg-white text-slate-600",
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
