import { describe, expect, it } from "vitest";
import { cabinRows, seatsPerRow } from "./cabin";

describe("cabin layout", () => {
  it("puts every seat once, in order, with a centre aisle sized to the rocket", () => {
    for (const capacity of [1, 2, 7, 8, 9, 24, 25, 100]) {
      const rows = cabinRows(capacity);
      expect(rows.flatMap((r) => [...r.left, ...r.right])).toEqual(Array.from({ length: capacity }, (_, i) => i + 1));
      for (const r of rows) expect(r.left.length + r.right.length).toBeLessThanOrEqual(seatsPerRow(capacity));
    }
    expect(cabinRows(10)[0]).toEqual({ number: 1, left: [1, 2], right: [3, 4] });
    expect(cabinRows(50)[1]).toEqual({ number: 2, left: [7, 8, 9], right: [10, 11, 12] });
    expect(cabinRows(3)).toEqual([
      { number: 1, left: [1], right: [2] },
      { number: 2, left: [3], right: [] },
    ]);
  });
});
