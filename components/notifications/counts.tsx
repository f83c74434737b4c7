import type { NotificationCounts } from "@/lib/notifications/schemas";
import { NOTIFICATION_STATUSES } from "@/lib/notifications/schemas";

/** Counts of the whole outbox by status, with the per-queue split under each. */
export function NotificationCountsGrid({ counts }: { counts: NotificationCounts }) {
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" aria-label="Notifications by status">
      {NOTIFICATION_STATUSES.map((s) => (
        <div key={s} className="rounded-md border border-slate-200 bg-white p-3" data-testid={`count-${s}`}>
          <dt className="text-slate-600 capitalize">{s}</dt>
          <dd className="text-lg font-semibold" aria-label={`${s} total`}>
            {counts.byStatus[s]}
          </dd>
          <dd className="text-xs text-slate-600">
            vip {counts.byQueue.vip[s]} · default {counts.byQueue.default[s]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
