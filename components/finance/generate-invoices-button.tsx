"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { formatUsd } from "@/lib/money";

interface Summary {
  created: { id: string; number: string; totalCents: number }[];
  skipped: { launchId: string; reason: string; detail: string }[];
}

/** "Generate invoices" for every successful/aborted launch lacking one, then what happened. */
export function GenerateInvoicesButton({
  generate,
  launchId,
  label = "Generate invoices",
  accessibleName,
}: {
  generate: (input: { launchId?: string }) => Promise<ActionResult<Summary>>;
  launchId?: string;
  label?: string;
  accessibleName?: string;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<Summary>>();
  const reasons = new Map<string, number>();
  if (result?.ok)
    for (const s of result.data.skipped)
      reasons.set(
        s.detail.startsWith("Already") ? "already invoiced" : s.reason.replace("_", " "),
        (reasons.get(s.reason) ?? 0) + 1,
      );
  return (
    <div className="space-y-3">
      <Button
        aria-label={accessibleName}
        variant={launchId ? "secondary" : "primary"}
        disabled={pending}
        onClick={() => start(async () => setResult(await generate(launchId ? { launchId } : {})))}
      >
        {pending ? "Generating…" : label}
      </Button>
      {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
      {result?.ok ? (
        <Alert tone="success">
          <p className="font-medium">
            {result.data.created.length} invoice{result.data.created.length === 1 ? "" : "s"} created,{" "}
            {result.data.skipped.length} launch
            {result.data.skipped.length === 1 ? "" : "es"} skipped.
          </p>
          {result.data.created.length ? (
            <ul className="mt-1 list-inside list-disc">
              {result.data.created.slice(0, 20).map((i) => (
                <li key={i.id}>
                  <Link className="underline" href={`/finance/invoices/${i.id}`}>
                    {i.number}
                  </Link>{" "}
                  · {formatUsd(i.totalCents)}
                </li>
              ))}
            </ul>
          ) : null}
          {result.data.skipped.length ? (
            <ul className="mt-1 list-inside list-disc">
              {[...new Set(result.data.skipped.map((s) => s.detail))].slice(0, 10).map((d) => (
                <li key={d}>
                  Skipped: {d} ({result.data.skipped.filter((s) => s.detail === d).length})
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
