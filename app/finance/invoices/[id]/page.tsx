import Link from "next/link";
import { notFound } from "next/navigation";
import { CreditNoteForm, PaymentForm, StatusForm } from "@/components/finance/invoice-forms";
import { InvoiceView } from "@/components/finance/invoice-view";
import { buttonClass } from "@/components/ui/button";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";
import { formatUsd } from "@/lib/money";
import { creditNoteAction, recordPaymentAction, setStatusAction } from "./actions";

export const metadata = { title: "Invoice" };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole(FINANCE_ROLES);
  const { id } = await params;
  const ctx = await webContext(actor);
  const invoice = await getInvoice(ctx, id).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <Page
      title={`Invoice ${invoice.number}`}
      description={`${invoice.agencyName} · ${formatUsd(invoice.totalCents)}`}
      actions={
        <>
          <a href={`/finance/invoices/${invoice.id}/pdf`} className={buttonClass("secondary")}>
            Download PDF
          </a>
          <Link href={`/finance/invoices/${invoice.id}/print`} className={buttonClass("secondary")}>
            Print view
          </Link>
          <Link href="/finance/invoices" className={buttonClass("secondary")}>
            All invoices
          </Link>
        </>
      }
    >
      <InvoiceView invoice={invoice} />
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Record a payment</h2>
          <PaymentForm invoiceId={invoice.id} today={ctx.now.toISOString().slice(0, 10)} submit={recordPaymentAction} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Set the status by hand</h2>
          <StatusForm invoiceId={invoice.id} submit={setStatusAction} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Credit note</h2>
          <CreditNoteForm
            invoiceId={invoice.id}
            creditableLabel={formatUsd(invoice.totalCents - invoice.creditedCents)}
            submit={creditNoteAction}
          />
        </Card>
      </div>
    </Page>
  );
}
