"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "./alert";

/**
 * A form-level error (not tied to one field) shown above a form: it is announced, and brought
 * into view and focused when it appears, since on a long form or a phone the submit button
 * is far below it.
 */
export function FormError({
  message,
  focus = true,
  children,
}: {
  message: string | undefined;
  /** false when a field error takes the focus */ focus?: boolean;
  /** What to do about it, after the message (a link). */
  children?: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message || !focus) return;
    box.current?.scrollIntoView({ block: "center" });
    box.current?.focus({ preventScroll: true });
  }, [message, focus]);
  if (!message) return null;
  return (
    <div ref={box} tabIndex={-1} className="focus:outline-none">
      <Alert tone="error">
        {message}
        {children ? <> {children}</> : null}
      </Alert>
    </div>
  );
}
