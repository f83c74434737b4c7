import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { LevelBadge, LogTable } from "@/components/logs/log-table";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { getLogEntry } from "@/lib/monitoring/log-query";

export const metadata: Metadata = { title: "Log entry" };

export default async function LogEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const actor = await requirePageRole(["it"]);
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const ctx = await webContext(actor);
  const { entry, sameRequest } = await getLogEntry(ctx, Number(id)).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <Page
      title={`Log entry ${entry.id}`}
      description={
        <Link href="/it/logs" className="underline">
          Back to the logs
        </Link>
      }
    >
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">Time</dt>
              <dd>
                <LocalDateTime iso={entry.at} withSeconds />{" "}
                <span className="font-mono text-xs text-slate-600">({entry.at})</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Level</dt>
              <dd>
                <LevelBadge level={entry.level} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Event type</dt>
              <dd className="font-mono">{entry.event}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Actor or process</dt>
              <dd className="break-all">
                {entry.actor}
                {entry.actorId ? ` (${entry.actorId})` : ""}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Request id</dt>
              <dd className="font-mono break-all">{entry.requestId ?? "—"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Message</dt>
              <dd className="break-words">{entry.message || "—"}</dd>
            </div>
          </dl>
          <h2 className="mt-4 text-sm font-medium">Details</h2>
          <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">
            {JSON.stringify(entry.details, null, 2)}
          </pre>
        </Card>
        {entry.requestId ? (
          <Card className="p-0">
            <h2 className="px-5 pt-4 text-lg font-semibold">Every entry of request {entry.requestId}</h2>
            <div className="p-2">
              <LogTable items={sameRequest} />
            </div>
          </Card>
        ) : null}
      </div>
    </Page>
  );
}
