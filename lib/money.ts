// Money helpers shared by every domain: integer cents only, one rounding rule.

/**
 * `cents × basisPoints / 10 000`, rounded half-up to the cent (a percentage of money is rounded
 * half-up to the cent, once, here and nowhere else). Integer arithmetic in
 * BigInt, so no float ever touches money. Amounts are non-negative.
 */
export function applyBasisPoints(cents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new RangeError(`cents must be a non-negative integer, got ${cents}`);
  if (!Number.isInteger(basisPoints) || basisPoints < 0)
    throw new RangeError(`basis points must be a non-negative integer, got ${basisPoints}`);
  return Number((BigInt(cents) * BigInt(basisPoints) + 5_000n) / 10_000n);
}

/**
 * Cents as a plain decimal string, "-1234.56": for CSV cells and the value of a form input.
 * Built from the integer, so no float ever rounds it.
 */
export function centsToDecimal(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const WHOLE_USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/**
 * "$1,234.56" (or "$1,235" with `wholeDollars`, for chart axes) for the UI, emails and PDFs.
 * Intl formats the exact decimal string, not `cents / 100`.
 */
export function formatUsd(cents: number, opts: { wholeDollars?: boolean } = {}): string {
  return (opts.wholeDollars ? WHOLE_USD : USD).format(centsToDecimal(cents) as Intl.StringNumericLiteral);
}

const COMPACT_USD = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** "$1M", "$950K", "$1.5M": a price where space is short (cards); the launch page shows the exact amount. */
export function formatUsdCompact(cents: number): string {
  return COMPACT_USD.format(centsToDecimal(cents) as Intl.StringNumericLiteral);
}

/**
 * "1234.5" / "1,234.50" / "$12" → integer cents, straight from the string (never through a
 * float). null when it is not a non-negative amount of dollars with at most two decimals.
 */
export function parseUsdToCents(input: string): number | null {
  const text = input.trim().replace(/^\$/, "").replace(/,/g, "");
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
