"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * An instant in the viewer's own locale and time zone. The server (and the hydration
 * render, which must match it) shows UTC, labelled; right after hydration the component
 * renders again in the viewer's zone. (Formatting in the render alone, with
 * suppressHydrationWarning, would keep the server's UTC text: React does not patch text
 * that differs at hydration.) `withSeconds` for logs, where entries seconds apart must
 * read apart; the exact UTC instant is then in the tooltip.
 */
type Style = "date" | "minute" | "second";
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  minute: { dateStyle: "medium", timeStyle: "short" },
  second: { dateStyle: "medium", timeStyle: "medium" },
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
      : new Intl.DateTimeFormat("en-US", { ...OPTIONS[style], timeZone: "UTC" });
    formats.set(key, f);
  }
  return f;
}

export function LocalDateTime({
  iso,
  dateOnly = false,
  withSeconds = false,
}: {
  iso: string;
  dateOnly?: boolean;
  withSeconds?: boolean;
}) {
  const local = useSyncExternalStore(noSubscribe, onClient, onServer);
  const style: Style = dateOnly ? "date" : withSeconds ? "second" : "minute";
  const formatted = format(style, local).format(new Date(iso));
  const text = dateOnly || local ? formatted : `${formatted} UTC`;
  return (
    <time dateTime={iso} title={withSeconds ? iso : undefined}>
      {text}
    </time>
  );
}
