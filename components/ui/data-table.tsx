import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

export interface Column {
  label: string;
  align?: "left" | "right";
  /** Named for screen readers only (a column of row buttons). */
  srOnly?: boolean;
}

/**
 * A scrollable table with an accessible caption and a header row; rows come as children
 * (`Row` of `Cell`s), totals as `footer`. `framed={false}` drops the border for a table
 * already inside a Card; `wide` keeps many columns readable on a phone by scrolling instead
 * of squeezing; `showCaption` prints the caption above the table as its title.
 */
export function DataTable({
  caption,
  columns,
  children,
  footer,
  framed = true,
  wide = false,
  showCaption = false,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  footer?: ReactNode;
  framed?: boolean;
  wide?: boolean;
  showCaption?: boolean;
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
        <caption className={showCaption ? "mb-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-3 py-2 ${c.align === "right" ? "text-right" : ""}`}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot className="border-t-2 border-slate-300 font-semibold">{footer}</tfoot> : null}
      </table>
    </div>
  );
}

/** A body row, ruled from the next. */
export function Row({ className = "", ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={`border-b border-slate-100 last:border-0 ${className}`} {...props} />;
}

/** A cell with the table's padding; `numeric` aligns it right, under a right-aligned column. */
export function Cell({
  numeric = false,
  className = "",
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={`px-3 py-2 ${numeric ? "text-right" : ""} ${className}`} {...props} />;
}

/** The first cell of a row when it names the row (a period, an agency, a total). */
export function RowHeader({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={`px-3 py-2 text-left font-normal ${className}`} {...props} />;
}
