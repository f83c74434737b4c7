"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * The one way the app shows an instant: the viewer's own locale and time zone, with the
 * zone named ("14 Mar 2027, 09:30 CET"), so a launch time is never ambiguous. The server (and
 * the hydration render, which must match it) shows UTC, named too; right after hydration the
 * component renders again in the viewer's zone. (Formatting in the render alone, with
 * suppressHydrationWarning, would keep the server's UTC text: React does not patch text
 * that differs at hydration.) `withSeconds` for logs, where entries seconds apart must
 * read apart; the exact UTC instant is then in the tooltip.
 */
type Style = "date" | "minute" | "second";
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  minute: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  },
  second: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  },
};
// Building an Intl.DateTimeFormat is the costly part of formatting (a list page renders
// dozens of these per request), so each of the six formats is built once per process.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(style: Style, local: boolean): Intl.DateTimeFormat {
  const key = `${style}:${local}`;
  let f = formats.get(key);
  if (!f) {
    f = local
      ? new Intl.DateTimeFormat(undefined, OPTIONS[style])
      : new Intl.DateTimeFormat("en-GB", { ...OPTIONS[style], timeZone: "UTC" });
    formats.set(key, f);
  }
  return f;
}

export function LocalDateTime({
  iso,
  dateOnly = false,
  withSeconds = false,
}: {
  /** Null or undefined renders "—" (a time that has not happened, e.g. not sent yet). */
  iso: string | null | undefined;
  dateOnly?: boolean;
  withSeconds?: boolean;
}) {
  const local = useSyncExternalStore(noSubscribe, onClient, onServer);
  const style: Style = dateOnly ? "date" : withSeconds ? "second" : "minute";
  if (!iso) return <span>—</span>;
  const text = format(style, local).format(new Date(iso));
  return (
    <time dateTime={iso} title={withSeconds ? iso : undefined}>
      {text}
    </time>
  );
}
