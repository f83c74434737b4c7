"use client";

import { useEffect, useState } from "react";
import { HOLD_WARNING_SECONDS } from "@/lib/bookings/rules";

/** What a screen reader hears: at each whole minute, and once when the hold enters its last minutes. */
function announcement(seconds: number): string {
  if (seconds === 0) return "Your hold has run out.";
  if (seconds === HOLD_WARNING_SECONDS) return `Only ${HOLD_WARNING_SECONDS / 60} minutes left to pay.`;
  if (seconds % 60 !== 0) return "";
  const minutes = seconds / 60;
  return `${minutes} minute${minutes === 1 ? "" : "s"} left`;
}

/**
 * The hold's remaining time, ticking every second; calls `onExpire` once when it reaches 0.
 * It counts down from the server's seconds-left with the monotonic clock of the page, so a
 * browser whose wall clock is wrong (or changes mid-way) still shows the server's deadline.
 * Under two minutes it turns amber. The visible clock ticks every second; screen readers
 * hear it once a minute (an aria-live region that changed every second would never stop).
 */
export function HoldCountdown({ initialSeconds, onExpire }: { initialSeconds: number; onExpire?: () => void }) {
  const [seconds, setSeconds] = useState<number>(initialSeconds);
  const [spoken, setSpoken] = useState(() => `About ${Math.ceil(initialSeconds / 60)} minutes left`);
  useEffect(() => {
    const deadline = performance.now() + initialSeconds * 1000;
    const timer = setInterval(() => {
      const s = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      setSeconds(s);
      const text = announcement(s);
      if (text) setSpoken(text);
      if (s === 0) {
        clearInterval(timer);
        onExpire?.();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [initialSeconds, onExpire]);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  const low = seconds < HOLD_WARNING_SECONDS;
  return (
    <span data-low={low || undefined}>
      <span
        aria-hidden="true"
        className={`rounded px-1.5 font-mono text-lg font-semibold ${low ? "bg-amber-100 text-amber-900" : ""}`}
      >
        {text}
      </span>
      <span className="sr-only" aria-live="polite">
        {spoken}
      </span>
    </span>
  );
}
