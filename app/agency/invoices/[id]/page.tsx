import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoiceView } from "@/components/finance/invoice-view";
import { buttonClass } from "@/components/ui/button";
import { Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isDomainError } from "@/lib/errors";
import { getAgencyInvoice } from "@/lib/finance/invoice-queries";

export const metadata = { title: "Invoice" };

export default async function AgencyInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole(AREA_ROLES.agency);
  const { id } = await params;
  const invoice = await getAgencyInvoice(await webContext(actor), id).catch((e: unknown) => {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <Page
      title={`Invoice ${invoice.number}`}
      actions={
        <>
          <a href={`/agency/invoices/${invoice.id}/pdf`} className={buttonClass("secondary")}>
            Download PDF
          </a>
          <Link href="/agency/invoices" className={buttonClass("secondary")}>
            All invoices
          </Link>
        </>
      }
    >
      <InvoiceView invoice={invoice} showInternal={false} />
    </Page>
  );
}
