import type { LaunchStatus } from "@/db/schema";
import { formatUsd } from "@/lib/money";

// Formatting shared by the templates: UTC dates (every instant is kept and mailed in UTC), dollars, seats.
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}

export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
}

export const money = formatUsd;

export function formatSeats(seats: number[]): string {
  if (seats.length === 0) return "—";
  const sorted = [...seats].sort((a, b) => a - b);
  return `${sorted.length} (${sorted.map((s) => `#${s}`).join(", ")})`;
}

export const STATUS_WORDS: Record<LaunchStatus, string> = {
  scheduled: "scheduled",
  delayed: "delayed",
  aborted: "aborted",
  successful: "successful",
  failed: "failed",
};

/** Absolute link into the app: APP_URL + the payload's app-relative path. */
export function absoluteUrl(appUrl: string, path: string): string {
  const base = appUrl.replace(/\/+$/, "");
  const rel = path.startsWith("/") ? path : `/${path}`;
  return `${base}${rel}`;
}
