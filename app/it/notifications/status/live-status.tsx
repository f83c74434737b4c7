"use client";
import { useEffect, useState, type ReactNode } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { ServiceStatus } from "@/lib/notifications/schemas";

const VERDICT_CLASS = {
  ok: "bg-green-100 text-green-900 border-green-300",
  degraded: "bg-amber-100 text-amber-900 border-amber-300",
  down: "bg-red-100 text-red-900 border-red-300",
} as const;
const when = (iso: string | null) => (iso ? <LocalDateTime iso={iso} withSeconds /> : "never");
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [d ? `${d} d` : "", h ? `${h} h` : "", m ? `${m} min` : "", `${s} s`].filter(Boolean).join(" ");
}

function Metric({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The service-status numbers, refreshed every few seconds from /it/notifications/status/live. */
export function LiveStatus({ initial, pollSeconds }: { initial: ServiceStatus; pollSeconds: number }) {
  const [status, setStatus] = useState(initial);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    let alive = true;
    const tick = async () => {
      try {
        const res = await fetch("/it/notifications/status/live", { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as ServiceStatus;
        if (alive) {
          setStatus(next);
          setStale(false);
        }
      } catch {
        if (alive) setStale(true);
      }
    };
    const timer = setInterval(tick, pollSeconds * 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [pollSeconds]);

  const t = status.thresholds;
  return (
    <div className="space-y-6">
      <div className={`rounded-lg border p-4 ${VERDICT_CLASS[status.verdict]}`} role="status" aria-live="polite">
        <p className="text-lg font-semibold">
          Verdict: <span data-testid="verdict">{status.verdict}</span>
        </p>
        {status.reasons.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {status.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">Every number is within its thresholds.</p>
        )}
        <p className="mt-2 text-xs">
          Updated {when(status.generatedAt)}, every {pollSeconds} s{stale ? " — the last refresh failed, retrying" : ""}
          .
        </p>
      </div>

      <section aria-labelledby="provider-h">
        <h2 id="provider-h" className="mb-2 text-lg font-semibold">
          Provider
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Metric
            label="In use"
            value={status.provider.name === "resend" ? "Resend" : "Built-in mailbox"}
            testId="provider"
          />
          <Metric label="Configured" value={status.provider.configured ? "yes" : "no"} />
          <Metric label="Uptime (this instance)" value={duration(status.uptime.seconds)} />
          <Metric label="Last successful send" value={when(status.lastSuccessfulSendAt)} testId="last-send" />
          <Metric
            label="Last dispatcher run"
            value={status.lastRun ? when(status.lastRun.finishedAt) : "never"}
            testId="last-run"
          />
          <Metric
            label="Its duration"
            value={
              status.lastRun
                ? `${status.lastRun.durationMs} ms (claimed ${status.lastRun.claimed}, sent ${status.lastRun.sent})`
                : "—"
            }
          />
        </dl>
      </section>

      <section aria-labelledby="traffic-h">
        <h2 id="traffic-h" className="mb-2 text-lg font-semibold">
          Traffic
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Metric label="Sent, last hour" value={String(status.lastHour.sent)} testId="sent-hour" />
          <Metric label="Failed, last hour" value={String(status.lastHour.failed)} testId="failed-hour" />
          <Metric label="Sent, last 24 h" value={String(status.last24h.sent)} testId="sent-day" />
          <Metric label="Failed, last 24 h" value={String(status.last24h.failed)} />
          <Metric
            label="Failure rate, last hour"
            value={`${pct(status.lastHour.failureRate)} of ${status.lastHour.attempts} attempts`}
            testId="failure-rate"
          />
          <Metric
            label="Failure rate, last 24 h"
            value={`${pct(status.last24h.failureRate)} of ${status.last24h.attempts} attempts`}
          />
        </dl>
      </section>

      <section aria-labelledby="queue-h">
        <h2 id="queue-h" className="mb-2 text-lg font-semibold">
          Queues
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Metric label="vip: pending" value={String(status.queues.vip.pending)} testId="vip-pending" />
          <Metric label="default: pending" value={String(status.queues.default.pending)} testId="default-pending" />
          <Metric label="Sending now" value={String(status.queues.vip.sending + status.queues.default.sending)} />
          <Metric label="Oldest pending (lag)" value={duration(status.oldestPendingAgeSeconds)} testId="lag" />
        </dl>
      </section>

      <section aria-labelledby="thresholds-h">
        <h2 id="thresholds-h" className="mb-2 text-lg font-semibold">
          Thresholds
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Verdict thresholds</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Measure
                </th>
                <th scope="col" className="px-3 py-2">
                  Degraded at
                </th>
                <th scope="col" className="px-3 py-2">
                  Down at
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2">Failure rate, last hour (from {t.minAttemptsForRate} attempts)</td>
                <td className="px-3 py-2">≥ {pct(t.degraded.failureRate)}</td>
                <td className="px-3 py-2">≥ {pct(t.down.failureRate)}</td>
              </tr>
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2">Failure rate, last 24 h (from {t.minAttemptsForRate} attempts)</td>
                <td className="px-3 py-2">
                  {t.degraded.failureRate24h === null ? "—" : `≥ ${pct(t.degraded.failureRate24h)}`}
                </td>
                <td className="px-3 py-2">
                  {t.down.failureRate24h === null ? "—" : `≥ ${pct(t.down.failureRate24h)}`}
                </td>
              </tr>
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2">Oldest pending notification</td>
                <td className="px-3 py-2">≥ {duration(t.degraded.lagSeconds)}</td>
                <td className="px-3 py-2">≥ {duration(t.down.lagSeconds)}</td>
              </tr>
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2">No dispatcher run while mail waits</td>
                <td className="px-3 py-2">≥ {duration(t.degraded.dispatcherSilentSeconds)}</td>
                <td className="px-3 py-2">≥ {duration(t.down.dispatcherSilentSeconds)}</td>
              </tr>
              <tr className="border-t border-slate-100">
                <td className="px-3 py-2">Email provider not configured</td>
                <td className="px-3 py-2">—</td>
                <td className="px-3 py-2">always</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
