"use client";

/**
 * The rocket's seats as a grid of toggle buttons (aria-pressed), each labelled
 * "Seat 12, free" / "Seat 3, taken" / "Seat 5, selected". Read-only for visitors.
 */
export function SeatMap({
  capacity,
  taken,
  selected = [],
  onToggle,
  maxSelectable,
}: {
  capacity: number;
  taken: number[];
  selected?: number[];
  onToggle?: (seat: number) => void;
  maxSelectable?: number;
}) {
  const busy = new Set(taken);
  const chosen = new Set(selected);
  const full = maxSelectable !== undefined && selected.length >= maxSelectable;
  return (
    <div>
      <ul aria-label="Seat map" className="grid grid-cols-4 gap-2 sm:grid-cols-6 md:grid-cols-8">
        {Array.from({ length: capacity }, (_, i) => i + 1).map((seat) => {
          const isTaken = busy.has(seat);
          const isSelected = chosen.has(seat);
          const state = isTaken ? "taken" : isSelected ? "selected" : "free";
          const tone = isTaken
            ? "cursor-not-allowed bg-slate-200 text-slate-500 line-through"
            : isSelected
              ? "bg-brand-600 text-white"
              : "bg-white text-slate-900 hover:bg-brand-50";
          return (
            <li key={seat}>
              {onToggle ? (
                <button
                  type="button"
                  aria-label={`Seat ${seat}, ${state}`}
                  aria-pressed={isSelected}
                  disabled={isTaken || (!isSelected && full)}
                  onClick={() => onToggle(seat)}
                  className={`h-11 w-full rounded-md border border-slate-300 text-sm font-medium disabled:opacity-70 ${tone}`}
                >
                  {seat}
                </button>
              ) : (
                <span
                  role="img"
                  aria-label={`Seat ${seat}, ${state}`}
                  className={`flex h-11 w-full items-center justify-center rounded-md border border-slate-300 text-sm ${tone}`}
                >
                  {seat}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex gap-4 text-xs text-slate-600">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-3 w-3 rounded border border-slate-300 bg-white align-middle"
          />{" "}
          free
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-brand-600 align-middle" /> selected
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-slate-200 align-middle" /> taken
        </span>
      </p>
    </div>
  );
}
