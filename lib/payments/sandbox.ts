import "server-only";
import { randomUUID } from "node:crypto";
import { payments } from "@/db/schema";
import { normalizeCardNumber } from "@/lib/bookings/rules";
import type { Ctx } from "@/lib/context";
import type { ChargeInput, ChargeResult, PaymentProvider, RefundInput } from "./provider";

/** The sandbox's test cards: one pays, the others decline. */
export const SANDBOX_CARDS = { success: "4242424242424242", declined: "4000000000000002" } as const;

/** A provider that moves no money: one card succeeds, one is declined, every other number is invalid. */
export const sandboxProvider: PaymentProvider = {
  name: "sandbox",

  cardNumberError(cardNumber) {
    const digits = normalizeCardNumber(cardNumber);
    return digits === SANDBOX_CARDS.success || digits === SANDBOX_CARDS.declined
      ? null
      : "This card number is not valid. In the sandbox use 4242 4242 4242 4242.";
  },

  async charge(ctx: Ctx, input: ChargeInput): Promise<ChargeResult> {
    const digits = normalizeCardNumber(input.cardNumber);
    const declined = digits !== SANDBOX_CARDS.success;
    const providerRef = `sbx_ch_${randomUUID()}`;
    const cardLast4 = digits.slice(-4);
    await ctx.db.insert(payments).values({
      bookingId: input.bookingId,
      kind: "charge",
      status: declined ? "declined" : "succeeded",
      amountCents: input.amountCents,
      provider: "sandbox",
      providerRef,
      cardLast4,
      createdAt: ctx.now,
    });
    return declined ? { ok: false, reason: "declined", providerRef, cardLast4 } : { ok: true, providerRef, cardLast4 };
  },

  async refund(ctx: Ctx, input: RefundInput) {
    const providerRef = `sbx_re_${randomUUID()}`;
    await ctx.db.insert(payments).values({
      bookingId: input.bookingId,
      kind: "refund",
      status: "succeeded",
      amountCents: input.amountCents,
      provider: "sandbox",
      providerRef,
      reason: "cancellation",
      createdAt: ctx.now,
    });
    return { settled: true };
  },
};
