"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * What a route's error boundary shows: a plain apology, the reference that matches the
 * server log entry (Next's digest), a retry that re-fetches the segment, and a way out.
 * The message of a server error is never shown: it may carry internals.
 */
export function ErrorPanel({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <div role="alert" className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
        <h1 ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
          Something went wrong on our side
        </h1>
        <p className="mt-2 text-slate-700">
          The page could not be loaded. Nothing you entered was saved twice; you can try again in a moment.
        </p>
        {error.digest ? (
          <p className="mt-2 text-sm text-slate-600">
            If it keeps happening, tell support this reference:{" "}
            <code className="rounded bg-slate-100 px-1">{error.digest}</code>
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          <Button onClick={() => retry()}>Try again</Button>
          <Link href="/" className={buttonClass("secondary")}>
            Back to the launches
          </Link>
        </div>
      </div>
    </main>
  );
}
