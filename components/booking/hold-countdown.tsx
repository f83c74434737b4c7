"use client";

import { useEffect, useState } from "react";

function left(expiresAt: string): number {
  return Math.max(0, Math.ceil((new Date(expiresAt).getTime() - Date.now()) / 1000));
}

/** The hold's remaining time, ticking every second; calls `onExpire` once when it reaches 0. */
export function HoldCountdown({ expiresAt, initialSeconds, onExpire }: { expiresAt: string; initialSeconds: number; onExpire?: () => void }) {
  // Starts from the server's count (no hydration mismatch), then follows the browser clock.
  const [seconds, setSeconds] = useState<number>(initialSeconds);
  useEffect(() => {
    const timer = setInterval(() => {
      const s = left(expiresAt);
      setSeconds(s);
      if (s === 0) {
        clearInterval(timer);
        onExpire?.();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [expiresAt, onExpire]);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  // The visible clock ticks every second; screen readers hear it once a minute.
  return (
    <span>
      <span aria-hidden="true" className="font-mono text-lg font-semibold">{text}</span>
      <span className="sr-only" aria-live="polite">{seconds % 60 === 0 || seconds === 0 ? `${Math.ceil(seconds / 60)} minutes left` : ""}</span>
    </span>
  );
}
