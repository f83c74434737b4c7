import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import type { CatalogueItem } from "@/lib/catalogue/queries";
import { DESTINATION_LABELS, launchPath } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";

/** The catalogue results: one card per launch, a list for screen readers. */
export function LaunchList({ items }: { items: CatalogueItem[] }) {
  return (
    <ul aria-label="Launches" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((l) => (
        <li key={l.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="flex items-start justify-between gap-2">
            <h2 className="text-lg font-semibold text-slate-900">
              <Link href={launchPath(l.slug)} className="hover:underline">
                {l.title}
              </Link>
            </h2>
            {l.status !== "scheduled" ? <StatusBadge status={l.status} /> : null}
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">Date</dt>
            <dd>
              <LocalDateTime iso={l.date} />
            </dd>
            <dt className="text-slate-600">Destination</dt>
            <dd>{DESTINATION_LABELS[l.destination]}</dd>
            <dt className="text-slate-600">Spaceport</dt>
            <dd>{l.spaceport}</dd>
            <dt className="text-slate-600">Agency</dt>
            <dd>{l.agency.name}</dd>
            <dt className="text-slate-600">Rocket</dt>
            <dd>{l.rocket.name}</dd>
            <dt className="text-slate-600">Price per seat</dt>
            <dd className="font-medium">{formatUsd(l.pricePerSeatCents)}</dd>
            <dt className="text-slate-600">Seats left</dt>
            <dd>
              {l.seatsAvailable} of {l.capacity}
            </dd>
          </dl>
          <Link
            href={launchPath(l.slug)}
            className="mt-4 text-sm font-medium text-brand-700 underline"
            aria-label={`View and book ${l.title}`}
          >
            View and book
          </Link>
        </li>
      ))}
    </ul>
  );
}
