import { stringify, type Options } from "csv-stringify/sync";

// Every CSV the app exports (logs, finance reports, agency bookings reports) is written
// here, so none can forget the formula guard.

/** A cell a spreadsheet would run as a formula (or DDE command) when the file is opened. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-12.50", "+3") is data, not a formula: left as is so it stays a number. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * OWASP "CSV injection": a text cell starting with = + - @, a tab or a carriage return is
 * prefixed with a single quote, which spreadsheets show as text instead of evaluating.
 */
export function neutraliseCsvCell(value: unknown): unknown {
  if (typeof value !== "string" || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** Rows to CSV (RFC 4180 quoting by csv-stringify) with every text cell neutralised. */
export function toCsv(rows: readonly (readonly unknown[])[], options?: Options): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCsvCell)),
    options,
  );
}
