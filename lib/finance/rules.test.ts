import { describe, expect, it } from "vitest";
import { applyBasisPoints } from "@/lib/money";
import {
  ABORT_FEE_CENTS,
  creditNoteNumber,
  deriveStatus,
  dueDate,
  feeRateBp,
  feeRateDecimal,
  invoiceNumber,
  isPaymentDateAcceptable,
  periodLabel,
  periodRange,
  reliabilityFor,
  reminderDue,
  shiftPeriod,
  successFeeCents,
} from "./rules";

const utc = (s: string) => new Date(s);

describe("reliability and rates", () => {
  it.each([
    [0, "new", 100],
    [1, "new", 100],
    [2, "reliable", 80],
    [3, "reliable", 80],
  ] as const)("%i earlier successful launches → %s at %i bp", (n, rel, bp) => {
    expect(reliabilityFor(n)).toBe(rel);
    expect(feeRateBp(reliabilityFor(n))).toBe(bp);
  });

  it("shows the rate as a decimal", () => {
    expect(feeRateDecimal(100)).toBe(0.01);
    expect(feeRateDecimal(80)).toBe(0.008);
  });

  it("abort fee is 1,000 USD", () => expect(ABORT_FEE_CENTS).toBe(100_000));
});

describe("fee rounding (half-up to the cent)", () => {
  it("a fee of exactly half a cent rounds up", () => {
    expect(successFeeCents(50, "new")).toBe(1); // 0.5 cent
    expect(successFeeCents(49, "new")).toBe(0); // 0.49 cent
    expect(successFeeCents(625, "reliable")).toBe(5); // 5.0
    expect(successFeeCents(1_250_062, "reliable")).toBe(10_000); // 10000.496
    expect(successFeeCents(1_250_063, "reliable")).toBe(10_001); // 10000.504
  });
  it("zero and negative revenue bill nothing", () => {
    expect(successFeeCents(0, "new")).toBe(0);
    expect(successFeeCents(-500, "new")).toBe(0);
  });
  it("large amounts stay exact", () => {
    expect(applyBasisPoints(9_007_199_254_740, 100)).toBe(90_071_992_547);
  });
  it("refuses fractions of a cent", () => expect(() => applyBasisPoints(1.5, 100)).toThrow(RangeError));
});

describe("due date", () => {
  it("is issue + 30 days across a month end", () => {
    expect(dueDate(utc("2026-01-15T10:00:00Z")).toISOString()).toBe("2026-02-14T10:00:00.000Z");
    expect(dueDate(utc("2026-12-31T00:00:00Z")).toISOString()).toBe("2027-01-30T00:00:00.000Z");
  });
  it("counts a leap day", () => {
    expect(dueDate(utc("2028-02-10T00:00:00Z")).toISOString()).toBe("2028-03-11T00:00:00.000Z");
    expect(dueDate(utc("2027-02-10T00:00:00Z")).toISOString()).toBe("2027-03-12T00:00:00.000Z");
  });
});

describe("status derivation", () => {
  const dueAt = utc("2026-02-01T00:00:00Z");
  const before = utc("2026-01-20T00:00:00Z");
  const after = utc("2026-02-01T00:00:01Z");
  const inv = (paidCents: number, creditedCents = 0) => ({ totalCents: 10_000, creditedCents, paidCents, dueAt });
  it("issued → partially_paid → paid", () => {
    expect(deriveStatus(inv(0), before)).toBe("issued");
    expect(deriveStatus(inv(1), before)).toBe("partially_paid");
    expect(deriveStatus(inv(9_999), before)).toBe("partially_paid");
    expect(deriveStatus(inv(10_000), before)).toBe("paid");
    expect(deriveStatus(inv(12_000), before)).toBe("paid");
  });
  it("overdue once the due instant has passed with a balance", () => {
    expect(deriveStatus(inv(0), dueAt)).toBe("issued");
    expect(deriveStatus(inv(0), after)).toBe("overdue");
    expect(deriveStatus(inv(5_000), after)).toBe("overdue");
    expect(deriveStatus(inv(10_000), after)).toBe("paid");
  });
  it("credit notes reduce what is owed", () => {
    expect(deriveStatus(inv(6_000, 4_000), after)).toBe("paid");
    expect(deriveStatus(inv(0, 10_000), after)).toBe("paid");
  });
});

describe("reminders", () => {
  const last = utc("2026-03-01T12:00:00Z");
  it("at most once per 7 days", () => {
    expect(reminderDue(null, last)).toBe(true);
    expect(reminderDue(last, utc("2026-03-08T11:59:59Z"))).toBe(false);
    expect(reminderDue(last, utc("2026-03-08T12:00:00Z"))).toBe(true);
  });
});

describe("payment dates", () => {
  it("accepts up to one day ahead of the clock, not a second more", () => {
    const now = utc("2026-03-01T12:00:00Z");
    expect(isPaymentDateAcceptable(utc("2026-02-01T00:00:00Z"), now)).toBe(true);
    expect(isPaymentDateAcceptable(utc("2026-03-02T12:00:00Z"), now)).toBe(true);
    expect(isPaymentDateAcceptable(utc("2026-03-02T12:00:01Z"), now)).toBe(false);
  });
});

describe("numbers", () => {
  it("formats INV-YYYY-NNNNN and CN-YYYY-NNNNN", () => {
    expect(invoiceNumber(2026, 1)).toBe("INV-2026-00001");
    expect(invoiceNumber(2026, 99_999)).toBe("INV-2026-99999");
    expect(creditNoteNumber(2027, 42)).toBe("CN-2027-00042");
    expect(() => invoiceNumber(2026, 0)).toThrow(RangeError);
    expect(() => invoiceNumber(2026, 100_000)).toThrow(RangeError);
  });
});

describe("periods in UTC", () => {
  it("quarter boundaries", () => {
    const q = periodRange("quarter", utc("2026-03-31T23:59:59Z"));
    expect([q.start.toISOString(), q.end.toISOString()]).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
    ]);
    const q2 = periodRange("quarter", utc("2026-04-01T00:00:00Z"));
    expect(q2.start.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(periodLabel("quarter", utc("2026-12-31T23:59:59Z"))).toBe("2026-Q4");
  });
  it("months and years, previous and next", () => {
    expect(periodRange("month", utc("2028-02-29T10:00:00Z")).end.toISOString()).toBe("2028-03-01T00:00:00.000Z");
    expect(shiftPeriod("month", utc("2026-01-15T00:00:00Z"), -1).toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(shiftPeriod("quarter", utc("2026-11-15T00:00:00Z"), 1).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(shiftPeriod("year", utc("2026-06-01T00:00:00Z"), -2).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(periodLabel("month", utc("2026-09-01T00:00:00Z"))).toBe("2026-09");
  });
});
