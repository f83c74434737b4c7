"use client";

import { cabinRows } from "@/lib/bookings/cabin";

type SeatState = "free" | "selected" | "taken";

const TONE: Record<SeatState, string> = {
  taken: "cursor-not-allowed bg-slate-200 text-slate-500 line-through",
  selected: "bg-brand-600 text-white",
  free: "bg-white text-slate-900 hover:bg-brand-50",
};

/**
 * The rocket's cabin drawn from its capacity: a nose, rows of seats with a centre aisle and a
 * window at each side. Seats are toggle buttons (aria-pressed) labelled "Seat 12, free" /
 * "Seat 3, taken" / "Seat 5, selected", grouped by row for a screen reader. Read-only without
 * `onToggle`, except for a visitor who may pick seats before signing in (`onToggle` given).
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

  const seat = (n: number) => {
    const state: SeatState = busy.has(n) ? "taken" : chosen.has(n) ? "selected" : "free";
    const cls = `flex h-9 w-9 items-center sm:h-11 sm:w-11 justify-center rounded-t-lg rounded-b-md border border-slate-300 text-sm font-medium ${TONE[state]}`;
    return (
      <li key={n}>
        {onToggle ? (
          <button
            type="button"
            aria-label={`Seat ${n}, ${state}`}
            aria-pressed={state === "selected"}
            disabled={state === "taken" || (state === "free" && full)}
            onClick={() => onToggle(n)}
            className={`${cls} disabled:opacity-70`}
          >
            {n}
          </button>
        ) : (
          <span role="img" aria-label={`Seat ${n}, ${state}`} className={cls}>
            {n}
          </span>
        )}
      </li>
    );
  };
  const windowPane = <span aria-hidden="true" className="h-5 w-1.5 shrink-0 rounded-full bg-sky-300" />;

  return (
    <div>
      <div className="mx-auto w-fit max-w-full rounded-t-[50%_4rem] rounded-b-3xl border-2 border-slate-300 bg-slate-50 px-1 pt-12 pb-4 sm:px-4">
        <ol aria-label="Seat map" className="space-y-2">
          {cabinRows(capacity).map((row) => (
            <li key={row.number} className="flex items-center gap-1 sm:gap-2">
              {windowPane}
              <ul aria-label={`Row ${row.number}`} className="flex items-center gap-1 sm:gap-2">
                {row.left.map(seat)}
                <li aria-hidden="true" className="w-5 text-center text-xs text-slate-500 sm:w-6">
                  {row.number}
                </li>
                {row.right.map(seat)}
              </ul>
              {windowPane}
            </li>
          ))}
        </ol>
      </div>
      <p className="mt-3 flex flex-wrap justify-center gap-4 text-xs text-slate-600">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-3 w-3 rounded border border-slate-300 bg-white align-middle"
          />
          free
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-brand-600 align-middle" /> selected
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded bg-slate-200 align-middle" /> taken
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-1.5 rounded-full bg-sky-300 align-middle" />{" "}
          window
        </span>
      </p>
    </div>
  );
}
