import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { agencyReportCsv } from "@/lib/finance/csv";
import type { AgencyRevenueReport } from "@/lib/finance/reports";
import { bookingsReportCsv, type BookingsReport } from "@/lib/launches/bookings-report";
import { neutraliseCsvCell, toCsv } from "./csv";

describe("CSV export guard (OWASP CSV injection)", () => {
  it("prefixes a quote to text cells a spreadsheet would evaluate", () => {
    for (const cell of [
      "=1+1",
      "+SUM(A1:A2)",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1)",
      "\t=1",
      "\r=1",
      '=HYPERLINK("http://evil")',
      "-",
      "+",
    ]) {
      expect(neutraliseCsvCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
  });

  it("leaves ordinary text, numbers and plain signed numbers alone", () => {
    for (const cell of [
      "Luna Express",
      "a=b",
      "mallory@evil.test",
      "",
      '{"ip":"10.0.0.9"}',
      "-12.50",
      "+3",
      "0.25",
      "2026-11-25",
    ]) {
      expect(neutraliseCsvCell(cell)).toBe(cell);
    }
    expect(neutraliseCsvCell(-5)).toBe(-5);
    expect(neutraliseCsvCell(null)).toBe(null);
  });

  it("writes neutralised cells through csv-stringify, quoting intact", () => {
    const csv = toCsv([
      ["name", "amount"],
      ["=cmd|'/C calc'!A0", "-1.00"],
      ['O"Brien, "=1"', -3],
    ]);
    expect(parse(csv)).toEqual([
      ["name", "amount"],
      ["'=cmd|'/C calc'!A0", "-1.00"],
      ['O"Brien, "=1"', "-3"],
    ]);
  });
});

describe("every CSV export of the app goes through the guard", () => {
  it("no module but lib/csv.ts writes CSV with csv-stringify directly", () => {
    const offenders = execSync("git ls-files -- '*.ts' '*.tsx'", { encoding: "utf8" })
      .split("\n")
      .filter((file) => file && file !== "lib/csv.ts" && !file.startsWith("tests/") && !file.endsWith(".test.ts"))
      .filter((file) => existsSync(file) && /from\s+["']csv-stringify/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the agency bookings report and the finance agency report neutralise names", () => {
    const report = {
      launch: { slug: "moon-1" },
      rows: [
        {
          reference: "AB-1",
          status: "confirmed",
          travelerName: '=HYPERLINK("http://evil.test")',
          travelerEmail: "t@example.test",
          taxId: null,
          passengers: ["@x"],
          seats: [1],
          amountCents: 100,
          refundCents: 0,
        },
      ],
      totals: { bookings: 1, passengers: 1, seats: 1, amountCents: 100, refundCents: 0, revenueCents: 100 },
    } as unknown as BookingsReport;
    const bookings = parse(bookingsReportCsv(report), { bom: true }) as string[][];
    expect(bookings[1][2]).toBe('\'=HYPERLINK("http://evil.test")');
    expect(bookings[1][5]).toBe("'@x");

    const agency = {
      series: [],
      agency: { name: "+cmd|' /C calc'!A0" },
      reliability: "reliable",
      launchesByStatus: {},
    } as unknown as AgencyRevenueReport;
    const rows = parse(agencyReportCsv(agency), { relax_column_count: true }) as string[][];
    expect(rows.find((r) => r[0] === "agency")?.[1]).toBe("'+cmd|' /C calc'!A0");
  });
});
