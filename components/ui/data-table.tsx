import type { ReactNode } from "react";

export interface Column {
  label: string;
  align?: "left" | "right";
}

/**
 * A scrollable table with an accessible caption and a header row; rows come as children.
 * `framed={false}` drops the border for a table already inside a Card; `wide` keeps many
 * columns readable on a phone by scrolling instead of squeezing.
 */
export function DataTable({
  caption,
  columns,
  children,
  framed = true,
  wide = false,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  framed?: boolean;
  wide?: boolean;
}) {
  return (
    // `relative`: an sr-only (absolutely positioned) label in a column scrolled out of view is
    // then placed inside this scroller, not at its static spot on the page, which made a whole
    // phone page scroll sideways (the agency invoices' "PDF of INV-…" links).
    // A scroller is a focusable, named region, so a keyboard user can scroll it too.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={`relative overflow-x-auto ${framed ? "rounded-lg border border-slate-200 bg-white" : ""}`}
    >
      <table className={`min-w-full text-sm ${wide ? "min-w-[48rem]" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-3 py-2 ${c.align === "right" ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
