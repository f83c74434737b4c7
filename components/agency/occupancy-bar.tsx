/** Confirmed seats over capacity as a bar, with the minimum occupancy marked on it. */
export function OccupancyBar({
  confirmedSeats,
  capacity,
  minimumOccupancy,
  percent,
}: {
  confirmedSeats: number;
  capacity: number;
  minimumOccupancy: number;
  percent: number;
}) {
  const minimumAt = Math.min(100, (minimumOccupancy / capacity) * 100);
  return (
    <div>
      <div
        role="meter"
        aria-label="Occupancy"
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={confirmedSeats}
        aria-valuetext={`${confirmedSeats} of ${capacity} seats confirmed (${percent} %)`}
        className="relative h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full ${confirmedSeats >= minimumOccupancy ? "bg-green-600" : "bg-brand-600"}`}
          style={{ width: `${Math.min(100, percent)}%` }}
        />
        <div
          className="absolute top-0 h-full w-0.5 bg-slate-900"
          style={{ left: `calc(${minimumAt}% - 1px)` }}
          title={`Minimum occupancy: ${minimumOccupancy}`}
        />
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {confirmedSeats} / {capacity} seats · {percent} % · minimum {minimumOccupancy}
      </p>
    </div>
  );
}
