import "server-only";
import type { PaymentProvider } from "./provider";
import { sandboxProvider } from "./sandbox";

export type { PaymentProvider } from "./provider";

// The one place the payment provider is chosen. A real provider (Stripe…) would be picked
// here from configuration; the sandbox is the default and the only one today.
export function getPaymentProvider(): PaymentProvider {
  return sandboxProvider;
}
