import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { MailPreview } from "@/components/notifications/mail-preview";
import { NotificationStatusBadge } from "@/components/notifications/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import type { NotificationPayloads, TemplateName } from "@/lib/notifications/payloads";
import { getNotification } from "@/lib/notifications/queue-queries";
import { canChangeManually } from "@/lib/notifications/rules";
import { isTemplateName, renderNotification, type RenderedMail } from "@/lib/notifications/templates";
import { ManualChange } from "./manual-change";
import { RetryNotification } from "./retry-notification";

export const metadata: Metadata = { title: "Notification" };

export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole(["it"]);
  const { id } = await params;
  const n = await getNotification(await webContext(actor), id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  });
  let mail: RenderedMail | null = null;
  let renderError: string | null = null;
  try {
    if (!isTemplateName(n.template)) throw new Error(`Unknown email template "${n.template}"`);
    mail = await renderNotification(
      n.template as TemplateName,
      n.payload as unknown as NotificationPayloads[TemplateName],
      { appUrl: getEnv().APP_URL },
    );
  } catch (error) {
    renderError = error instanceof Error ? error.message : String(error);
  }
  return (
    <Page
      title={mail?.subject ?? n.template}
      description={
        <Link href="/it/notifications" className="text-brand-700 underline">
          ← Back to the notifications
        </Link>
      }
    >
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Details</h2>
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-600">Status</dt>
              <dd>
                <NotificationStatusBadge status={n.status} />
              </dd>
              <dt className="text-slate-600">Template</dt>
              <dd>{n.template}</dd>
              <dt className="text-slate-600">Recipient</dt>
              <dd className="break-all">{n.recipient}</dd>
              <dt className="text-slate-600">Queue</dt>
              <dd>{n.queue}</dd>
              <dt className="text-slate-600">Attempts</dt>
              <dd>{n.attempts}</dd>
              <dt className="text-slate-600">Created</dt>
              <dd>
                <LocalDateTime iso={n.createdAt} withSeconds />
              </dd>
              <dt className="text-slate-600">Next attempt</dt>
              <dd>{n.status === "pending" ? <LocalDateTime iso={n.nextAttemptAt} withSeconds /> : "—"}</dd>
              <dt className="text-slate-600">Sent</dt>
              <dd>
                <LocalDateTime iso={n.sentAt} withSeconds />
              </dd>
              <dt className="text-slate-600">Idempotency key</dt>
              <dd className="font-mono text-xs break-all">{n.idempotencyKey}</dd>
              <dt className="text-slate-600">Provider id</dt>
              <dd className="font-mono text-xs break-all">{n.providerMessageId ?? "—"}</dd>
            </dl>
            {n.lastError ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold text-slate-800">Last error</h3>
                <p className="mt-1 text-sm break-words text-red-800">{n.lastError}</p>
              </div>
            ) : null}
          </Card>
          {n.status === "failed" ? (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">Send again</h2>
              <RetryNotification id={n.id} recipient={n.recipient} />
            </Card>
          ) : null}
          {canChangeManually(n.status) ? (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">Change by hand</h2>
              <ManualChange id={n.id} />
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Attempts</h2>
            {n.attemptsLog.length === 0 ? (
              <EmptyState title="No attempts yet" />
            ) : (
              <ol className="space-y-2 text-sm">
                {n.attemptsLog.map((a, i) => (
                  <li key={a.id} className="rounded border border-slate-200 p-2">
                    <p className="font-medium">
                      #{i + 1} {a.ok ? "delivered" : a.rateLimited ? "rate-limited" : "failed"} ·{" "}
                      <LocalDateTime iso={a.createdAt} withSeconds /> · {a.durationMs} ms
                    </p>
                    {a.error ? <p className="mt-1 break-words text-red-800">{a.error}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">The mail</h2>
          {mail ? (
            <MailPreview mail={mail} title={mail.subject} />
          ) : (
            <Alert tone="error">This mail cannot be rendered: {renderError}</Alert>
          )}
        </Card>
      </div>
    </Page>
  );
}
