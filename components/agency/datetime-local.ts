// <input type="datetime-local"> speaks the viewer's local wall time without a zone.
// These convert between it and instants, in the browser, so the zone is the viewer's.

/** "2027-03-14T10:00" (local) → ISO instant, or the input unchanged when it is not a date. */
export function localInputToIso(value: unknown): unknown {
  if (typeof value !== "string" || !value) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** An instant → the "YYYY-MM-DDTHH:mm" a datetime-local input shows, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
