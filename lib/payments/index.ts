import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { payments } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getEnv } from "@/lib/env";
import type { PaymentProvider, ProviderName } from "./provider";
import { sandboxProvider } from "./sandbox";
import { stripeProvider } from "./stripe/provider";

export type { PaymentProvider, ProviderName } from "./provider";

const PROVIDERS: Record<ProviderName, PaymentProvider> = { sandbox: sandboxProvider, stripe: stripeProvider };

/** The provider new payments go through (PAYMENT_PROVIDER; the sandbox by default). */
export function getPaymentProvider(): PaymentProvider {
  return PROVIDERS[getEnv().PAYMENT_PROVIDER];
}

export const activeProviderName = (): ProviderName => getEnv().PAYMENT_PROVIDER;

/**
 * The provider that took this booking's money: a refund goes back the way the payment came,
 * even after the configured provider changed. A booking without a charge falls back to the
 * configured one.
 */
export async function providerThatCharged(ctx: Ctx, bookingId: string): Promise<PaymentProvider> {
  const [charge] = await ctx.db
    .select({ provider: payments.provider })
    .from(payments)
    .where(and(eq(payments.bookingId, bookingId), eq(payments.kind, "charge"), eq(payments.status, "succeeded")))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  const name = charge?.provider;
  return name === "sandbox" || name === "stripe" ? PROVIDERS[name] : getPaymentProvider();
}
