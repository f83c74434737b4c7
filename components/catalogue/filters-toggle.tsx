"use client";

import { useState, type ReactNode } from "react";

/**
 * On a phone the nine filter fields would fill the first screen: they sit behind a "Filters"
 * button (with the number in use). From `sm` up they are always shown and the button is hidden.
 */
export function FiltersToggle({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-6">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="catalogue-filters"
        onClick={() => setOpen((o) => !o)}
        className="mb-3 inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm sm:hidden"
      >
        Filters{active ? ` (${active})` : ""}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition ${open ? "rotate-180" : ""}`}>
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id="catalogue-filters" className={open ? "" : "hidden sm:block"}>
        {children}
      </div>
    </div>
  );
}
