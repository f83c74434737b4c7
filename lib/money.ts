// Money helpers shared by every domain: integer cents only, one rounding rule.

/**
 * `cents × basisPoints / 10 000`, rounded half-up to the cent (DOMAIN.md: "rounding of a
 * percentage is half-up to the cent, done once, in one helper"). Integer arithmetic in
 * BigInt, so no float ever touches money. Amounts are non-negative.
 */
export function applyBasisPoints(cents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new RangeError(`cents must be a non-negative integer, got ${cents}`);
  if (!Number.isInteger(basisPoints) || basisPoints < 0)
    throw new RangeError(`basis points must be a non-negative integer, got ${basisPoints}`);
  return Number((BigInt(cents) * BigInt(basisPoints) + 5_000n) / 10_000n);
}

/** "1,234.56" style USD for the UI and PDFs (whole cents, never floats in arithmetic). */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, "0")}`;
}

/** Parses "12.34" / "12" / "12.3" dollars into integer cents from the string (no float maths). */
export function parseUsdToCents(input: string): number | null {
  const m = input
    .trim()
    .replace(/[$,\s]/g, "")
    .match(/^(\d{1,12})(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}
