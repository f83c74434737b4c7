import { z } from "zod";
import { parseUsdToCents } from "@/lib/money";
import { calendarDaySchema } from "@/lib/time";

// Browser forms take dollars as typed ("1,250.50") and a calendar date; the server action
// parses the same schema, then converts to cents / an instant before calling the service.
// No transforms here, so the values the client validated are exactly what the action re-parses.
const usd = z
  .string()
  .trim()
  .min(1, "Enter an amount.")
  .refine((s) => parseUsdToCents(s) !== null, "Use dollars and cents, e.g. 1250.50.")
  .refine((s) => (parseUsdToCents(s) ?? 0) > 0, "The amount must be greater than 0.");

export const paymentFormSchema = z.object({
  amount: usd,
  paidAt: calendarDaySchema("Pick the date the money arrived."),
  reference: z.string().trim().min(1, "Enter the payment reference.").max(120, "At most 120 characters."),
});
export type PaymentFormValues = z.infer<typeof paymentFormSchema>;

export const creditNoteFormSchema = z.object({
  amount: usd,
  reason: z.string().trim().min(3, "Say why (at least 3 characters).").max(500, "At most 500 characters."),
});
export type CreditNoteFormValues = z.infer<typeof creditNoteFormSchema>;

export const toCents = (amount: string) => parseUsdToCents(amount) ?? 0;
export const toInstant = (day: string) => new Date(`${day}T00:00:00Z`);
