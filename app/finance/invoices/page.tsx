import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { FilterActions, FilterForm, OrderField, SelectFilter } from "@/components/ui/filter-form";
import { GenerateInvoicesButton } from "@/components/finance/generate-invoices-button";
import { InvoiceStatusBadge, STATUS_LABELS } from "@/components/finance/status-badge";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { parseSearchParams } from "@/lib/http/search-params";
import { listAgencyChoices, listInvoices, listUninvoicedLaunches } from "@/lib/finance/invoice-queries";
import { INVOICE_KINDS, INVOICE_STATUSES, listInvoicesQuery } from "@/lib/finance/schemas";
import { formatUsd } from "@/lib/money";
import { generateInvoicesAction } from "./actions";

export const metadata = { title: "Invoices" };

const KIND_LABELS = { success_fee: "Success fee", abort_fee: "Abort fee" } as const;
const SORT_LABELS = {
  issuedAt: "Issue date",
  dueAt: "Due date",
  number: "Number",
  total: "Total",
  status: "Status",
} as const;

export default async function InvoicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(FINANCE_ROLES);
  const raw = await searchParams;
  const { query, valid } = parseSearchParams(listInvoicesQuery, raw);
  const ctx = await webContext(actor);
  const [list, agencyChoices, uninvoiced] = await Promise.all([
    listInvoices(ctx, query),
    listAgencyChoices(ctx),
    listUninvoicedLaunches(ctx),
  ]);
  const thisYear = ctx.now.getUTCFullYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  const current = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;

  return (
    <Page
      title="Invoices"
      description="Fees billed to agencies for successful and aborted launches."
      actions={<GenerateInvoicesButton generate={generateInvoicesAction} />}
    >
      {!valid ? <Alert tone="warning">Some filters were not valid and were ignored.</Alert> : null}
      {uninvoiced.length ? (
        <Card className="mb-6">
          <h2 className="mb-2 font-semibold">Finished launches without an invoice</h2>
          <ul className="space-y-2 text-sm">
            {uninvoiced.map((l) => (
              <li key={l.id} className="flex flex-wrap items-start justify-between gap-2">
                <span>
                  {l.agencyName} · {l.slug} · {l.date.slice(0, 10)} · {l.status}
                </span>
                <GenerateInvoicesButton
                  generate={generateInvoicesAction}
                  launchId={l.id}
                  label="Invoice this launch"
                  accessibleName={`Invoice launch ${l.slug}`}
                />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <FilterForm label="Filter invoices">
        <Field id="q" label="Search by number">
          <Input id="q" name="q" defaultValue={query.q ?? ""} placeholder="INV-2026-00001" />
        </Field>
        <SelectFilter
          id="status"
          label="Status"
          value={query.status}
          anyLabel="Any status"
          options={INVOICE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        />
        <SelectFilter
          id="kind"
          label="Kind"
          value={query.kind}
          anyLabel="Any kind"
          options={INVOICE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
        />
        <SelectFilter
          id="agencyId"
          label="Agency"
          value={query.agencyId}
          anyLabel="All agencies"
          options={agencyChoices.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectFilter
          id="year"
          label="Year"
          value={query.year ? String(query.year) : undefined}
          anyLabel="Any year"
          options={years.map(String)}
        />
        <Field id="sort" label="Sort by">
          <Select id="sort" name="sort" defaultValue={query.sort}>
            {Object.entries(SORT_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <OrderField value={query.order} />
        <FilterActions resetHref="/finance/invoices" />
      </FilterForm>

      <dl className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" aria-label="Totals for this filter">
        {[
          ["Invoices", String(list.total)],
          ["Invoiced", formatUsd(list.totals.totalCents)],
          ["Credited", formatUsd(list.totals.creditedCents)],
          ["Paid", formatUsd(list.totals.paidCents)],
          ["Balance", formatUsd(list.totals.balanceCents)],
        ].map(([k, v]) => (
          <div key={k} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-slate-600">{k}</dt>
            <dd className="text-lg font-semibold">{v}</dd>
          </div>
        ))}
      </dl>

      {list.items.length === 0 ? (
        <EmptyState title="No invoices match">
          Generate invoices for finished launches, or change the filters.
        </EmptyState>
      ) : (
        <DataTable
          caption="Invoices"
          columns={[
            { label: "Number" },
            { label: "Agency" },
            { label: "Kind" },
            { label: "Issued" },
            { label: "Due" },
            { label: "Total", align: "right" },
            { label: "Balance", align: "right" },
            { label: "Status" },
          ]}
        >
          {list.items.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td className="px-3 py-2 font-medium">
                <Link href={`/finance/invoices/${i.id}`} className="text-brand-700 underline">
                  {i.number}
                </Link>
              </td>
              <td className="px-3 py-2">{i.agencyName}</td>
              <td className="px-3 py-2">{KIND_LABELS[i.kind]}</td>
              <td className="px-3 py-2">{i.issuedAt.slice(0, 10)}</td>
              <td className="px-3 py-2">{i.dueAt.slice(0, 10)}</td>
              <td className="px-3 py-2 text-right">{formatUsd(i.totalCents)}</td>
              <td className="px-3 py-2 text-right">{formatUsd(i.balanceCents)}</td>
              <td className="px-3 py-2">
                <InvoiceStatusBadge status={i.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        basePath="/finance/invoices"
        query={current}
      />
    </Page>
  );
}
