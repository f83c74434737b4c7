import "server-only";
import type { Ctx } from "@/lib/context";

export type ProviderName = "sandbox" | "stripe";

export interface ChargeInput {
  bookingId: string;
  amountCents: number;
  cardNumber: string;
}

export type ChargeResult =
  | { ok: true; providerRef: string; cardLast4: string }
  | { ok: false; reason: "declined"; providerRef: string; cardLast4: string };

export interface RefundInput {
  bookingId: string;
  amountCents: number;
}

/**
 * Where money moves. Every implementation records its charges and refunds in the
 * `payments` table with the caller's context, so they commit with the booking change.
 */
export interface PaymentProvider {
  readonly name: ProviderName;
  /** A field error message when the card number cannot be charged at all, else null. */
  cardNumberError(cardNumber: string): string | null;
  charge(ctx: Ctx, input: ChargeInput): Promise<ChargeResult>;
  /**
   * Refunds (part of) what this provider charged for the booking. `settled`: the provider
   * already accepted it; otherwise a pending refund row was written, which
   * `settlePendingRefunds` sends once the caller's transaction has committed.
   */
  refund(ctx: Ctx, input: RefundInput): Promise<{ settled: boolean }>;
}
