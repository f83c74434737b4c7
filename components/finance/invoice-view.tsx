import { InvoiceStatusBadge, STATUS_LABELS } from "@/components/finance/status-badge";
import { Card } from "@/components/ui/page";
import type { InvoiceDetail } from "@/lib/finance/invoice-queries";
import { formatUsd } from "@/lib/money";

const day = (iso: string) => iso.slice(0, 10);

/** The invoice as issued (snapshot, fee) plus what happened since (payments, credit notes, reminders, history). */
export function InvoiceView({ invoice, showInternal = true }: { invoice: InvoiceDetail; showInternal?: boolean }) {
  const { agency, launch, passengers } = invoice.snapshot;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Invoice {invoice.number}</h2>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Status</dt>
          <dd>
            <InvoiceStatusBadge status={invoice.status} />
          </dd>
          <dt className="text-slate-600">Issued</dt>
          <dd>{day(invoice.issuedAt)}</dd>
          <dt className="text-slate-600">Due</dt>
          <dd>{day(invoice.dueAt)}</dd>
          <dt className="text-slate-600">Kind</dt>
          <dd>{invoice.kind === "success_fee" ? "Success fee" : "Abort fee"}</dd>
          {invoice.kind === "success_fee" ? (
            <>
              <dt className="text-slate-600">Net ticket revenue</dt>
              <dd>{formatUsd(invoice.revenueCents ?? 0)}</dd>
              <dt className="text-slate-600">Rate</dt>
              <dd>
                {((invoice.feeRate ?? 0) * 100).toFixed(1)} % ({invoice.reliability} agency)
              </dd>
            </>
          ) : (
            <>
              <dt className="text-slate-600">Abort reason</dt>
              <dd>{invoice.abortReason ?? "—"}</dd>
            </>
          )}
          <dt className="text-slate-600">Total</dt>
          <dd className="font-semibold">{formatUsd(invoice.totalCents)}</dd>
          <dt className="text-slate-600">Credited</dt>
          <dd>{formatUsd(invoice.creditedCents)}</dd>
          <dt className="text-slate-600">Paid</dt>
          <dd>{formatUsd(invoice.paidCents)}</dd>
          <dt className="text-slate-600">Balance</dt>
          <dd className="font-semibold" data-testid="invoice-balance">
            {formatUsd(invoice.balanceCents)}
          </dd>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Billed to</h2>
        <p className="text-sm">
          {agency.name}
          <br />
          {agency.address ? (
            <>
              {agency.address}
              <br />
            </>
          ) : null}
          {agency.country} · Tax id {agency.taxId}
          <br />
          {agency.contactEmail}
        </p>
        <h2 className="mt-4 mb-2 text-lg font-semibold">Launch</h2>
        <p className="text-sm">
          {day(launch.date)} · {launch.destination.toUpperCase()} from {launch.spaceport} · rocket {launch.rocket} ·{" "}
          {launch.status}
        </p>
        <p className="mt-1 text-sm">
          Passengers ({passengers.length}):{" "}
          {passengers.length ? passengers.map((p) => `${p.name} (seat ${p.seatNumber})`).join(", ") : "none"}
        </p>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Payments</h2>
        {invoice.payments.length === 0 ? (
          <p className="text-sm text-slate-600">No payment recorded yet.</p>
        ) : (
          <ul className="text-sm">
            {invoice.payments.map((p) => (
              <li key={p.id}>
                {day(p.paidAt)} · {formatUsd(p.amountCents)} · {p.reference}
              </li>
            ))}
          </ul>
        )}
        <h2 className="mt-4 mb-2 text-lg font-semibold">Credit notes</h2>
        {invoice.creditNotes.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="text-sm">
            {invoice.creditNotes.map((n) => (
              <li key={n.id}>
                {n.number} · {day(n.issuedAt)} · {formatUsd(n.amountCents)} · {n.reason}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {showInternal ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Reminders sent</h2>
          {invoice.reminders.length === 0 ? (
            <p className="text-sm text-slate-600">None.</p>
          ) : (
            <ul className="text-sm">
              {invoice.reminders.map((r) => (
                <li key={r.id}>
                  {day(r.sentAt)} to {r.recipient} · balance {formatUsd(r.balanceCents)}
                </li>
              ))}
            </ul>
          )}
          <h2 className="mt-4 mb-2 text-lg font-semibold">History</h2>
          <ol className="text-sm">
            {invoice.history.map((h, i) => (
              <li key={i}>
                {day(h.at)} · {h.from ? `${STATUS_LABELS[h.from]} → ` : ""}
                {STATUS_LABELS[h.to]} · {h.by} · {h.reason}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
