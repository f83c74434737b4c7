import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AgencyOptions } from "./agency-options";
import { FiltersToggle } from "./filters-toggle";
import { DESTINATIONS, DESTINATION_LABELS } from "@/lib/launches/rules";
import type { FilterValues } from "@/lib/catalogue/url";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "text-sm font-medium text-slate-800";

/**
 * A plain GET form: every filter lands in the URL, so a search can be shared, the back
 * button returns to the previous one, and it works without JavaScript.
 */
export function CatalogueFilters({
  values,
  agencies,
}: {
  values: FilterValues;
  agencies: { id: string; name: string }[];
}) {
  const active = (["destination", "agencyId", "from", "to", "minPrice", "maxPrice", "minSeats"] as const).filter(
    (k) => values[k] !== undefined && values[k] !== "",
  ).length;
  return (
    <FiltersToggle active={active}>
      <form
        method="get"
        action="/"
        role="search"
        aria-label="Filter launches"
        className="grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 lg:grid-cols-6"
      >
        <label className={LABEL}>
          Destination
          <select name="destination" defaultValue={values.destination ?? ""} className={CONTROL}>
            <option value="">Any</option>
            {DESTINATIONS.map((d) => (
              <option key={d} value={d}>
                {DESTINATION_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Agency
          <select name="agencyId" defaultValue={values.agencyId ?? ""} className={CONTROL}>
            <option value="">Any</option>
            <AgencyOptions agencies={agencies} />
          </select>
        </label>
        <label className={LABEL}>
          From date
          <input type="date" name="from" defaultValue={values.from ?? ""} className={CONTROL} />
        </label>
        <label className={LABEL}>
          To date
          <input type="date" name="to" defaultValue={values.to ?? ""} className={CONTROL} />
        </label>
        <label className={LABEL}>
          Min price (USD)
          <input name="minPrice" inputMode="decimal" defaultValue={values.minPrice ?? ""} className={CONTROL} />
        </label>
        <label className={LABEL}>
          Max price (USD)
          <input name="maxPrice" inputMode="decimal" defaultValue={values.maxPrice ?? ""} className={CONTROL} />
        </label>
        <label className={LABEL}>
          Free seats at least
          <input
            type="number"
            name="minSeats"
            min={1}
            max={100}
            defaultValue={values.minSeats ?? ""}
            className={CONTROL}
          />
        </label>
        <label className={LABEL}>
          Sort by
          <select name="sort" defaultValue={values.sort ?? "date"} className={CONTROL}>
            <option value="date">Date</option>
            <option value="price">Price</option>
            <option value="seats">Seats left</option>
          </select>
        </label>
        <label className={LABEL}>
          Order
          <select name="order" defaultValue={values.order ?? "asc"} className={CONTROL}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </label>
        <div className="col-span-2 flex gap-2 sm:col-span-1">
          <button type="submit" className={buttonClass("primary", "flex-1")}>
            Search
          </button>
          <Link href="/" className={buttonClass("secondary")}>
            Clear
          </Link>
        </div>
      </form>
    </FiltersToggle>
  );
}
