import Link from "next/link";
import { bookingAmountCents } from "@/lib/bookings/rules";
import { isFinal } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import type { AgencyLaunchDto } from "@/lib/launches/schemas";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { OccupancyBar } from "./occupancy-bar";
import { StatusBadge, ViabilityBadge } from "./status-badge";

export function LaunchCard({ launch }: { launch: AgencyLaunchDto }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Link href={`/agency/launches/${launch.id}`} className="font-medium text-brand-700 hover:underline">
            {launch.title}
          </Link>
          <p className="text-sm text-slate-600">
            <LocalDateTime iso={launch.date} /> · {formatUsd(launch.pricePerSeatCents)} per seat
          </p>
          <p className="text-sm text-slate-700">
            {launch.confirmedSeats} seat{launch.confirmedSeats === 1 ? "" : "s"} sold · revenue{" "}
            {formatUsd(bookingAmountCents(launch.confirmedSeats, launch.pricePerSeatCents))}
          </p>
        </div>
        <div className="flex gap-2">
          <StatusBadge status={launch.status} />
          {/* Viability matters while seats can still sell; a finished launch is never "below minimum". */}
          {isFinal(launch.status) ? null : <ViabilityBadge viable={launch.viable} />}
        </div>
      </div>
      <div className="mt-3">
        <OccupancyBar
          confirmedSeats={launch.confirmedSeats}
          capacity={launch.capacity}
          minimumOccupancy={launch.minimumOccupancy}
          percent={launch.occupancyPercent}
        />
      </div>
    </li>
  );
}
