"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { FINANCE_ROLES } from "@/lib/finance/access";
import { generateInvoices } from "@/lib/finance/generate-invoices";
import { generateInvoicesSchema } from "@/lib/finance/schemas";

// Generate the invoices of one launch, or of every successful/aborted launch lacking one.
export const generateInvoicesAction = safeAction(
  { access: FINANCE_ROLES, schema: generateInvoicesSchema },
  async (input, ctx) => {
    const result = await generateInvoices(ctx, input);
    revalidatePath("/finance/invoices");
    return {
      created: result.created.map((i) => ({ id: i.id, number: i.number, totalCents: i.totalCents })),
      skipped: result.skipped.map((s) => ({ launchId: s.launchId, reason: s.reason, detail: s.detail })),
    };
  },
);
