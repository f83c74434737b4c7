import Link from "next/link";
import type { Metadata } from "next";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Field, Input } from "@/components/ui/field";
import { FilterActions, FilterForm } from "@/components/ui/filter-form";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { parseSearchParams } from "@/lib/http/search-params";
import { listMailbox } from "@/lib/notifications/mailbox-queries";
import { mailboxQuery } from "@/lib/notifications/schemas";

export const metadata: Metadata = { title: "Mailbox" };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(["it"]);
  const raw = await searchParams;
  const { query } = parseSearchParams(mailboxQuery, raw);
  const list = await listMailbox(await webContext(actor), query);
  return (
    <Page
      title="Mailbox"
      description="Mails delivered by the built-in transport (used when no RESEND_API_KEY is set), newest first."
    >
      <FilterForm label="Filter mails" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="to" label="Recipient">
            <Input id="to" name="to" type="email" defaultValue={query.to ?? ""} placeholder="someone@example.com" />
          </Field>
        </div>
        <FilterActions resetHref="/it/mailbox" applyLabel="Filter" />
      </FilterForm>
      {list.items.length === 0 ? (
        <EmptyState title="No mails">
          {query.to
            ? "Nothing was delivered to this address."
            : "Nothing has been delivered to the built-in mailbox yet."}
        </EmptyState>
      ) : (
        <Card className="p-0">
          <DataTable
            caption="Mails, newest first"
            framed={false}
            columns={[{ label: "Subject" }, { label: "To" }, { label: "Delivered" }]}
          >
            {list.items.map((mail) => (
              <Row key={mail.id}>
                <Cell>
                  <Link href={`/it/mailbox/${mail.id}`} className="text-brand-700 underline">
                    {mail.subject}
                  </Link>
                </Cell>
                <Cell className="break-all">{mail.to}</Cell>
                <Cell className="whitespace-nowrap">
                  <LocalDateTime iso={mail.createdAt} withSeconds />
                </Cell>
              </Row>
            ))}
          </DataTable>
        </Card>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/it/mailbox" query={raw} />
    </Page>
  );
}
