// Display helpers for the IT notification pages (UTC, as the rest of the console).
export const whenUtc = (iso: string | null | undefined) =>
  iso
    ? `${new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`
    : "—";
