import { notFound } from "next/navigation";
import { InvoiceView } from "@/components/finance/invoice-view";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";

export const metadata = { title: "Print invoice" };

// A print-friendly invoice: the site chrome is hidden when printing.
export default async function PrintInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole(FINANCE_ROLES);
  const { id } = await params;
  const invoice = await getInvoice(await webContext(actor), id).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <main className="mx-auto max-w-4xl px-4 py-6 print:p-0">
      <style>{`@media print { header, nav, .no-print { display: none !important; } body { background: white; } }`}</style>
      <p className="no-print mb-4 text-sm text-slate-600">
        Use your browser&apos;s print command (Ctrl/⌘ + P) to print or save this invoice.
      </p>
      <h1 className="mb-4 text-2xl font-semibold">AstroBookings — invoice {invoice.number}</h1>
      <InvoiceView invoice={invoice} showInternal={false} />
    </main>
  );
}
