"use client";

import { useEffect, useState } from "react";

/**
 * The hold's remaining time, ticking every second; calls `onExpire` once when it reaches 0.
 * It counts down from the server's seconds-left with the monotonic clock of the page, so a
 * browser whose wall clock is wrong (or changes mid-way) still shows the server's deadline.
 */
export function HoldCountdown({ initialSeconds, onExpire }: { initialSeconds: number; onExpire?: () => void }) {
  const [seconds, setSeconds] = useState<number>(initialSeconds);
  useEffect(() => {
    const deadline = performance.now() + initialSeconds * 1000;
    const timer = setInterval(() => {
      const s = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      setSeconds(s);
      if (s === 0) {
        clearInterval(timer);
        onExpire?.();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [initialSeconds, onExpire]);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  const minutes = Math.ceil(seconds / 60);
  // The visible clock ticks every second; screen readers hear it once a minute.
  return (
    <span>
      <span aria-hidden="true" className="font-mono text-lg font-semibold">
        {text}
      </span>
      <span className="sr-only" aria-live="polite">
        {seconds % 60 === 0 || seconds === 0 ? `${minutes} minute${minutes === 1 ? "" : "s"} left` : ""}
      </span>
    </span>
  );
}
