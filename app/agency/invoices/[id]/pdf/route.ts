import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { getAgencyInvoice } from "@/lib/finance/invoice-queries";

// GET /agency/invoices/{id}/pdf — an agency's own invoice as a PDF (session cookie); others' are 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (actor.role !== "agency") return new Response("Forbidden.", { status: 403 });
  const { id } = await params;
  try {
    return await invoicePdfResponse(await getAgencyInvoice(await webContext(actor), id));
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") return new Response("Not found.", { status: 404 });
    throw e;
  }
}
