"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { SessionSummary } from "@/lib/auth/session-summary";

// The islands of one page (header, banner, booking form) share one request. The root layout
// stays mounted across client navigations, so the path is the refresh signal: signing in or
// out always lands on another page.
const SHARE_MS = 2000;
let inflight: { key: string; at: number; promise: Promise<SessionSummary | null> } | null = null;

function load(key: string, launchId?: string): Promise<SessionSummary | null> {
  if (inflight?.key === key && Date.now() - inflight.at < SHARE_MS) return inflight.promise;
  const url = launchId ? `/api/session?launchId=${encodeURIComponent(launchId)}` : "/api/session";
  const promise = fetch(url, { cache: "no-store", credentials: "same-origin" })
    .then((r) => (r.ok ? (r.json() as Promise<SessionSummary>) : null))
    .catch(() => null);
  inflight = { key, at: Date.now(), promise };
  return promise;
}

const signedOut: SessionSummary = { user: null, allowance: null };

/** This browser's session summary; undefined while it loads. */
export function useSession(launchId?: string): SessionSummary | undefined {
  const pathname = usePathname();
  const key = `${pathname}|${launchId ?? ""}`;
  const [summary, setSummary] = useState<{ key: string; value: SessionSummary }>();
  useEffect(() => {
    let live = true;
    void load(key, launchId).then((value) => {
      if (live) setSummary({ key, value: value ?? signedOut });
    });
    return () => {
      live = false;
    };
  }, [key, launchId]);
  return summary?.key === key ? summary.value : undefined;
}
