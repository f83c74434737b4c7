// A minimal iCalendar (RFC 5545) writer for one published event. Small enough to own: the
// rules that matter (CRLF, 75-octet folding on character boundaries, TEXT escaping, UTC
// date-times) are the whole of it, and each is unit-tested.

export interface CalendarEvent {
  /** Stable per thing described: a calendar replaces the event with the same UID. */
  uid: string;
  /** Raised on every change, so a re-imported file updates the event instead of being ignored. */
  sequence: number;
  start: Date;
  /** When the file was produced. */
  stamp: Date;
  summary: string;
  description: string;
  location: string;
  status: "CONFIRMED" | "CANCELLED";
  url?: string;
}

const MAX_OCTETS = 75;

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** UTC date-time in the basic format: 20270301T140000Z. */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

/** The whole VCALENDAR (METHOD:PUBLISH) holding one VEVENT, with CRLF line endings. */
export function serializeCalendar(event: CalendarEvent, prodId = "-//AstroBookings//Bookings//EN"): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `STATUS:${event.status}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
