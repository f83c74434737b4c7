import type { NotificationView } from "@/lib/notifications/schemas";

const CLASS: Record<NotificationView["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  sending: "bg-brand-100 text-brand-900",
  sent: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
  deleted: "bg-slate-200 text-slate-700",
};

export function NotificationStatusBadge({ status }: { status: NotificationView["status"] }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${CLASS[status]}`}>{status}</span>;
}
