"use client";

import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import { destinationArt, type LaunchCard } from "./launch-card";
import { DESTINATION_LABELS, launchPath } from "@/lib/launches/rules";
import { formatUsd, formatUsdCompact } from "@/lib/money";

/**
 * The catalogue results: compact cards, each clickable as a whole (the title's link stretches
 * over the card), with the destination's illustration, the date, who flies it, the price in
 * short ("$1M", the exact amount for screen readers and on hover) and the seats left.
 */
export function LaunchList({ items }: { items: LaunchCard[] }) {
  return (
    <ul aria-label="Launches" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((l, i) => (
        <li
          key={l.id}
          className="group relative flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm transition focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md"
        >
          {/* Decorative: the title names the destination. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG; next/image adds nothing */}
          <img
            src={destinationArt(l.destination)}
            alt=""
            width={400}
            height={240}
            loading={i < 3 ? "eager" : "lazy"}
            className="aspect-[5/2] w-full object-cover"
          />
          <div className="flex flex-1 flex-col p-4">
            <div className="flex items-start justify-between gap-2">
              <h2 className="font-semibold text-slate-900">
                <Link href={launchPath(l.slug)} className="group-hover:underline after:absolute after:inset-0">
                  {l.title}
                </Link>
              </h2>
              {l.status !== "scheduled" ? <StatusBadge status={l.status} /> : null}
            </div>
            <p className="mt-1 text-sm text-slate-600">
              <LocalDateTime iso={l.date} />
            </p>
            <p className="text-sm text-slate-600">
              {DESTINATION_LABELS[l.destination]} · {l.agencyName}
            </p>
            <p className="mt-3 flex items-baseline justify-between text-sm">
              <span>
                <span
                  aria-hidden="true"
                  title={formatUsd(l.pricePerSeatCents)}
                  className="text-lg font-semibold text-slate-900"
                >
                  {formatUsdCompact(l.pricePerSeatCents)}
                </span>
                <span className="sr-only">{formatUsd(l.pricePerSeatCents)}</span> per seat
              </span>
              <span className="text-slate-700">
                {l.seatsAvailable} of {l.capacity} seats left
              </span>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
