import { describe, expect, it } from "vitest";
import { centsToDecimal, formatUsd, parseUsdToCents, formatUsdCompact } from "./money";

describe("parseUsdToCents", () => {
  it.each([
    ["12", 1200],
    ["12.3", 1230],
    ["12.34", 1234],
    ["0.1", 10],
    ["$1,000.05", 100005],
    ["1,000", 100_000],
    ["0.01", 1],
    ["19.99", 1999],
    [" 1000000 ", 100000000],
  ])("%s → %s", (s, c) => expect(parseUsdToCents(s)).toBe(c));
  it.each(["", "abc", "1.234", "-5", "1e3", "12.", "1$2"])("refuses %s", (s) => expect(parseUsdToCents(s)).toBeNull());
});

describe("centsToDecimal", () => {
  it("writes the plain decimal a CSV cell or an input holds, sign included", () => {
    expect(centsToDecimal(1999)).toBe("19.99");
    expect(centsToDecimal(100005)).toBe("1000.05");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(-123456)).toBe("-1234.56");
  });
  it("is the inverse of the parser", () => {
    for (const c of [0, 1, 99, 100, 123456, 999_999_999_99]) expect(parseUsdToCents(centsToDecimal(c))).toBe(c);
  });
});

describe("formatUsdCompact", () => {
  it("abbreviates to K and M with at most one decimal", () => {
    expect(formatUsdCompact(100_000_000)).toBe("$1M");
    expect(formatUsdCompact(95_000_000)).toBe("$950K");
    expect(formatUsdCompact(150_000_000)).toBe("$1.5M");
    expect(formatUsdCompact(1_999)).toBe("$20");
  });
});

describe("formatUsd", () => {
  it("shows dollars with thousands separators and two decimals", () => {
    expect(formatUsd(123456)).toBe("$1,234.56");
    expect(formatUsd(5)).toBe("$0.05");
    expect(formatUsd(-123456)).toBe("-$1,234.56");
    expect(formatUsd(100_000_000_000_01)).toBe("$100,000,000,000.01");
  });
  it("rounds to whole dollars for chart axes", () => {
    expect(formatUsd(123450, { wholeDollars: true })).toBe("$1,235");
    expect(formatUsd(0, { wholeDollars: true })).toBe("$0");
  });
});
