import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serializeCalendar, utcDateTime } from "./ics";

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("iCalendar writer", () => {
  it("escapes TEXT values", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("writes UTC date-times in the basic format", () => {
    expect(utcDateTime(new Date("2027-03-01T14:05:09.123Z"))).toBe("20270301T140509Z");
  });

  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const line = "DESCRIPTION:" + "Ünïcödé—".repeat(20);
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("ends every line with CRLF and holds one published event", () => {
    const text = serializeCalendar({
      uid: "booking-1@astrobookings",
      sequence: 2,
      start: new Date("2027-03-01T14:00:00Z"),
      stamp: new Date("2026-12-06T04:00:00Z"),
      summary: "Moon, on Falcon",
      description: "Booking AB-XYZ234",
      location: "Cape Canaveral",
      status: "CONFIRMED",
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("DTSTART:20270301T140000Z");
    expect(lines).toContain("DTSTAMP:20261206T040000Z");
    expect(lines).toContain("SUMMARY:Moon\\, on Falcon");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
