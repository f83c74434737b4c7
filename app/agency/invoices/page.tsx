import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { InvoiceStatusBadge } from "@/components/finance/status-badge";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { parseSearchParams } from "@/lib/http/search-params";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listAgencyInvoices } from "@/lib/finance/invoice-queries";
import { agencyInvoicesQuery } from "@/lib/finance/schemas";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "Invoices" };

export default async function AgencyInvoicesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageRole(AREA_ROLES.agency);
  const { query: q } = parseSearchParams(agencyInvoicesQuery, { page: (await searchParams).page ?? 1 });
  const list = await listAgencyInvoices(await webContext(actor), q);
  return (
    <Page
      title="Invoices"
      description="AstroBookings fees for your finished launches. Read-only; contact finance about any question."
    >
      {list.items.length === 0 ? (
        <EmptyState title="No invoices yet">
          Invoices appear here once a launch of yours is successful or aborted.
        </EmptyState>
      ) : (
        <DataTable
          caption="Your invoices"
          columns={[
            { label: "Number" },
            { label: "Issued" },
            { label: "Due" },
            { label: "Total", align: "right" },
            { label: "Balance", align: "right" },
            { label: "Status" },
            { label: "PDF" },
          ]}
        >
          {list.items.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link href={`/agency/invoices/${i.id}`} className="text-brand-700 underline">
                  {i.number}
                </Link>
              </td>
              <td className="px-3 py-2">{i.issuedAt.slice(0, 10)}</td>
              <td className="px-3 py-2">{i.dueAt.slice(0, 10)}</td>
              <td className="px-3 py-2 text-right">{formatUsd(i.totalCents)}</td>
              <td className="px-3 py-2 text-right">{formatUsd(i.balanceCents)}</td>
              <td className="px-3 py-2">
                <InvoiceStatusBadge status={i.status} />
              </td>
              <td className="px-3 py-2">
                <a href={`/agency/invoices/${i.id}/pdf`} className="underline">
                  PDF<span className="sr-only"> of {i.number}</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/agency/invoices" query={{}} />
      <Card className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">Credit notes</h2>
        {list.creditNotes.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="text-sm">
            {list.creditNotes.map((n) => (
              <li key={n.id}>
                {n.number} · {n.issuedAt.slice(0, 10)} · {formatUsd(n.amountCents)} · {n.reason}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Page>
  );
}
