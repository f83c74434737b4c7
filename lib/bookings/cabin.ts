// The cabin drawn on the seat map: seats 1..capacity in rows, split by a centre aisle.
// Pure layout, no I/O: the client component draws what this returns.

/** Seats a row holds for a cabin of this size: small capsules 2 abreast, mid-size 4, large 6. */
export function seatsPerRow(capacity: number): number {
  if (capacity <= 8) return 2;
  if (capacity <= 24) return 4;
  return 6;
}

export interface CabinRow {
  number: number;
  /** Seats left of the aisle, window first. */
  left: number[];
  /** Seats right of the aisle, aisle first, window last. */
  right: number[];
}

/** Rows of seat numbers in order (row 1 at the nose); the last row may be short. */
export function cabinRows(capacity: number): CabinRow[] {
  const perRow = seatsPerRow(capacity);
  const half = perRow / 2;
  const rows: CabinRow[] = [];
  for (let first = 1, n = 1; first <= capacity; first += perRow, n++) {
    const seats = Array.from({ length: Math.min(perRow, capacity - first + 1) }, (_, i) => first + i);
    rows.push({ number: n, left: seats.slice(0, half), right: seats.slice(half) });
  }
  return rows;
}
