import Link from "next/link";
import { FilterActions, OrderField } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import { NotificationCountsGrid } from "@/components/notifications/counts";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { NotificationStatusBadge } from "@/components/notifications/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { listNotifications, listTemplatesInUse } from "@/lib/notifications/queue-queries";
import { listNotificationsQuery, NOTIFICATION_QUEUES, NOTIFICATION_STATUSES } from "@/lib/notifications/schemas";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(["it"]);
  const raw = await searchParams;
  const parsed = listNotificationsQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : listNotificationsQuery.parse({});
  const ctx = await webContext(actor);
  const [list, templates] = await Promise.all([listNotifications(ctx, query), listTemplatesInUse(ctx)]);
  const current = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  return (
    <Page
      title="Notifications"
      description="The outbox: every email the app has queued, and what became of it."
      actions={
        <Link href="/it/notifications/status" className={buttonClass("secondary")}>
          Service status
        </Link>
      }
    >
      {!parsed.success ? <Alert tone="warning">Some filters were not valid and were ignored.</Alert> : null}
      <NotificationCountsGrid counts={list.counts} />
      <Card className="mb-6">
        <form
          method="get"
          className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
          aria-label="Filter notifications"
        >
          <Field id="status" label="Status">
            <Select id="status" name="status" defaultValue={query.status ?? ""}>
              <option value="">Any status</option>
              {NOTIFICATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="queue" label="Queue">
            <Select id="queue" name="queue" defaultValue={query.queue ?? ""}>
              <option value="">Any queue</option>
              {NOTIFICATION_QUEUES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="template" label="Template">
            <Select id="template" name="template" defaultValue={query.template ?? ""}>
              <option value="">Any template</option>
              {templates.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="recipient" label="Recipient">
            <Input
              id="recipient"
              name="recipient"
              defaultValue={query.recipient ?? ""}
              placeholder="part of the address"
            />
          </Field>
          <Field id="from" label="Created from">
            <Input id="from" name="from" type="date" defaultValue={query.from ?? ""} />
          </Field>
          <Field id="to" label="Created until">
            <Input id="to" name="to" type="date" defaultValue={query.to ?? ""} />
          </Field>
          <Field id="sort" label="Sort by">
            <Select id="sort" name="sort" defaultValue={query.sort}>
              <option value="createdAt">Created</option>
              <option value="attempts">Attempts</option>
            </Select>
          </Field>
          <OrderField value={query.order} />
          <FilterActions resetHref="/it/notifications" />
        </form>
      </Card>
      {list.items.length === 0 ? (
        <EmptyState title="No notifications match">
          Change the filters, or wait for the app to queue some mail.
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Notifications</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Template
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Recipient
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Queue
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Attempts
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Created
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last error
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((n) => (
                <tr key={n.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2">
                    <Link
                      href={`/it/notifications/${n.id}`}
                      className="text-brand-700 underline"
                      aria-label={`${n.template} to ${n.recipient}`}
                    >
                      {n.template}
                    </Link>
                  </td>
                  <td className="px-4 py-2 break-all">{n.recipient}</td>
                  <td className="px-4 py-2">{n.queue}</td>
                  <td className="px-4 py-2">
                    <NotificationStatusBadge status={n.status} />
                  </td>
                  <td className="px-4 py-2 text-right">{n.attempts}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <LocalDateTime iso={n.createdAt} withSeconds />
                  </td>
                  <td className="max-w-64 truncate px-4 py-2 text-slate-600" title={n.lastError ?? undefined}>
                    {n.lastError ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        basePath="/it/notifications"
        query={current}
      />
    </Page>
  );
}
