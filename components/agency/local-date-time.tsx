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
export function LocalDateTime({ iso, dateOnly = false, withSeconds = false }: { iso: string; dateOnly?: boolean; withSeconds?: boolean }) {
  const local = useSyncExternalStore(noSubscribe, onClient, onServer);
  const date = new Date(iso);
  const zone = local ? {} : ({ timeZone: "UTC" } as const);
  const locale = local ? undefined : "en-US";
  const text = dateOnly
    ? date.toLocaleDateString(locale, { dateStyle: "medium", ...zone })
    : `${date.toLocaleString(locale, { dateStyle: "medium", timeStyle: withSeconds ? "medium" : "short", ...zone })}${local ? "" : " UTC"}`;
  return (
    <time dateTime={iso} title={withSeconds ? iso : undefined}>
      {text}
    </time>
  );
}
