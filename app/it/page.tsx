import Link from "next/link";
import type { ReactNode } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getItOverview } from "@/lib/monitoring/it-overview";

export const metadata = { title: "IT console" };

type Tone = "ok" | "warn" | "bad";
const TONE: Record<Tone, string> = {
  ok: "border-green-300 bg-green-50",
  warn: "border-amber-300 bg-amber-50",
  bad: "border-red-300 bg-red-50",
};
const TONE_WORD: Record<Tone, string> = { ok: "Healthy", warn: "Needs a look", bad: "Failing" };

function Tile({ title, tone, href, children }: { title: string; tone: Tone; href: string; children: ReactNode }) {
  return (
    <li className={`relative rounded-lg border p-4 shadow-sm ${TONE[tone]}`}>
      <h2 className="font-semibold text-slate-900">
        <Link href={href} className="after:absolute after:inset-0 hover:underline">
          {title}
        </Link>
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-800">{TONE_WORD[tone]}</p>
      <div className="mt-2 text-sm text-slate-700">{children}</div>
    </li>
  );
}

export default async function ItHome() {
  const user = await requirePageRole(AREA_ROLES.it);
  const o = await getItOverview(await webContext(user));
  const verdictTone: Tone =
    o.notifications.verdict === "ok" ? "ok" : o.notifications.verdict === "degraded" ? "warn" : "bad";
  const sync = o.lastSync;
  const syncTone: Tone = !sync || sync.status === "succeeded" ? "ok" : sync.status === "failed" ? "bad" : "warn";
  return (
    <Page title="IT console" description={`Welcome, ${user.name}. What needs attention now.`}>
      <ul aria-label="Health" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Tile title="Mail service" tone={verdictTone} href="/it/notifications/status">
          <p>
            Verdict <strong>{o.notifications.verdict}</strong>
            {o.notifications.reasons.length ? `: ${o.notifications.reasons.join("; ")}` : ""}
          </p>
          <p>
            Last 24 h: {o.notifications.last24h.sent} sent, {o.notifications.last24h.failed} failed
          </p>
        </Tile>
        <Tile title="Outbox" tone={o.outbox.failed > 0 ? "warn" : "ok"} href="/it/notifications?status=failed">
          <p>
            {o.outbox.pending} pending · <strong>{o.outbox.failed} failed</strong>
          </p>
          <p>{o.outbox.failed > 0 ? "Open the failed ones to retry or fix the recipient." : "Nothing failed."}</p>
        </Tile>
        <Tile title="Data sync" tone={syncTone} href="/it/sync">
          {sync ? (
            <p>
              Last job <strong>{sync.status}</strong>, <LocalDateTime iso={sync.createdAt} />
              {sync.error ? ` — ${sync.error}` : ""}
            </p>
          ) : (
            <p>No sync job yet.</p>
          )}
        </Tile>
        <Tile title="Errors" tone={o.errorsLast24h > 0 ? "warn" : "ok"} href="/it/logs?level=error">
          <p>
            <strong>{o.errorsLast24h}</strong> error{o.errorsLast24h === 1 ? "" : "s"} logged in the last 24 h
          </p>
        </Tile>
      </ul>
    </Page>
  );
}
