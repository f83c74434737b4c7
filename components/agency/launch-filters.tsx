import { buttonClass } from "@/components/ui/button";
import { LAUNCH_STATUSES, STATUS_LABELS } from "@/lib/launches/rules";

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: the filters and sort live in the URL, so they can be shared and work without JavaScript. */
export function LaunchFilters({
  status,
  viable,
  sort,
  order,
}: {
  status?: string;
  viable?: string;
  sort: string;
  order?: string;
}) {
  return (
    <form method="get" action="/agency" className="mb-6 grid grid-cols-2 items-end gap-3 sm:grid-cols-5">
      <label className="text-sm font-medium text-slate-800">
        Status
        <select name="status" defaultValue={status ?? ""} className={SELECT}>
          <option value="">All</option>
          {LAUNCH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Viability
        <select name="viable" defaultValue={viable ?? ""} className={SELECT}>
          <option value="">All</option>
          <option value="true">Viable</option>
          <option value="false">Below minimum</option>
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Sort by
        <select name="sort" defaultValue={sort} className={SELECT}>
          <option value="date">Date</option>
          <option value="occupancy">Occupancy</option>
        </select>
      </label>
      <label className="text-sm font-medium text-slate-800">
        Order
        <select name="order" defaultValue={order ?? ""} className={SELECT}>
          <option value="">Default</option>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary", "col-span-2 sm:col-span-1")}>
        Apply
      </button>
    </form>
  );
}
