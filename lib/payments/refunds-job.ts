import "server-only";
import type { Job } from "@/lib/jobs/types";
import { settlePendingRefunds } from "./refunds";

/** Sends every Stripe refund that is due: new ones whose sender died, and failed ones after their backoff. */
export const paymentRefundsJob: Job = async (ctx) => settlePendingRefunds(ctx);
