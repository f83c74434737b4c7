"use client";
import { useState, useTransition } from "react";
import { resendConfirmationAction } from "@/lib/auth/actions/resend-confirmation";

export function ResendConfirmationButton() {
  const [status, setStatus] = useState<string>();
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      const result = await resendConfirmationAction({});
      setStatus(
        result.ok
          ? result.data.sent
            ? "A new link is on its way."
            : "Your email is already confirmed."
          : result.error,
      );
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={resend}
        disabled={pending}
        className="font-medium underline hover:no-underline disabled:opacity-60"
      >
        {pending ? "Sending…" : "Resend confirmation"}
      </button>
      <span aria-live="polite">{status}</span>
    </span>
  );
}
