import Link from "next/link";
import type { Metadata } from "next";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
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
  const parsed = mailboxQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : mailboxQuery.parse({});
  const list = await listMailbox(await webContext(actor), query);
  return (
    <Page
      title="Mailbox"
      description="Mails delivered by the built-in transport (used when no RESEND_API_KEY is set), newest first."
    >
      <Card className="mb-6">
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter mails">
          <div className="min-w-64 flex-1">
            <Field id="to" label="Recipient">
              <Input id="to" name="to" type="email" defaultValue={query.to ?? ""} placeholder="someone@example.com" />
            </Field>
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Filter
          </button>
          <Link href="/it/mailbox" className={buttonClass("secondary")}>
            Reset
          </Link>
        </form>
      </Card>
      {list.items.length === 0 ? (
        <EmptyState title="No mails">
          {query.to
            ? "Nothing was delivered to this address."
            : "Nothing has been delivered to the built-in mailbox yet."}
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Mails, newest first</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Subject
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  To
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Delivered
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((mail) => (
                <tr key={mail.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2">
                    <Link href={`/it/mailbox/${mail.id}`} className="text-brand-700 underline">
                      {mail.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-2 break-all">{mail.to}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <LocalDateTime iso={mail.createdAt} withSeconds />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/it/mailbox" query={raw} />
    </Page>
  );
}
