import { invoicePdfResponse } from "@/components/finance/invoice-pdf";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { getInvoice } from "@/lib/finance/invoice-queries";

// GET /finance/invoices/{id}/pdf — the browser's PDF link (session cookie); the role is checked here.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!FINANCE_ROLES.includes(actor.role)) return new Response("Forbidden.", { status: 403 });
  const { id } = await params;
  try {
    return await invoicePdfResponse(await getInvoice(await webContext(actor), id));
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") return new Response("Not found.", { status: 404 });
    throw e;
  }
}
