import Link from "next/link";
import { FilterActions, FilterForm, OrderField, SelectFilter } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import { NotificationCountsGrid } from "@/components/notifications/counts";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { NotificationStatusBadge } from "@/components/notifications/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Field, Input, Select } from "@/components/ui/field";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { parseSearchParams } from "@/lib/http/search-params";
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
  const { query, valid } = parseSearchParams(listNotificationsQuery, raw);
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
      {!valid ? <Alert tone="warning">Some filters were not valid and were ignored.</Alert> : null}
      <NotificationCountsGrid counts={list.counts} />
      <FilterForm label="Filter notifications">
        <SelectFilter
          id="status"
          label="Status"
          value={query.status}
          anyLabel="Any status"
          options={NOTIFICATION_STATUSES}
        />
        <SelectFilter id="queue" label="Queue" value={query.queue} anyLabel="Any queue" options={NOTIFICATION_QUEUES} />
        <SelectFilter
          id="template"
          label="Template"
          value={query.template}
          anyLabel="Any template"
          options={templates}
        />
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
      </FilterForm>
      {list.items.length === 0 ? (
        <EmptyState title="No notifications match">
          Change the filters, or wait for the app to queue some mail.
        </EmptyState>
      ) : (
        <Card className="p-0">
          <DataTable
            caption="Notifications"
            framed={false}
            wide
            columns={[
              { label: "Template" },
              { label: "Recipient" },
              { label: "Queue" },
              { label: "Status" },
              { label: "Attempts", align: "right" },
              { label: "Created" },
              { label: "Last error" },
            ]}
          >
            {list.items.map((n) => (
              <Row key={n.id}>
                <Cell>
                  <Link
                    href={`/it/notifications/${n.id}`}
                    className="text-brand-700 underline"
                    aria-label={`${n.template} to ${n.recipient}`}
                  >
                    {n.template}
                  </Link>
                </Cell>
                <Cell className="break-all">{n.recipient}</Cell>
                <Cell>{n.queue}</Cell>
                <Cell>
                  <NotificationStatusBadge status={n.status} />
                </Cell>
                <Cell numeric>{n.attempts}</Cell>
                <Cell className="whitespace-nowrap">
                  <LocalDateTime iso={n.createdAt} withSeconds />
                </Cell>
                <Cell className="max-w-64 truncate text-slate-600" title={n.lastError ?? undefined}>
                  {n.lastError ?? "—"}
                </Cell>
              </Row>
            ))}
          </DataTable>
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
