import "server-only";
import { withTransaction } from "@/lib/context";
import type { Job } from "@/lib/jobs/types";
import { expireStaleHolds } from "./release";

/** Marks every hold past its 10 minutes as expired and frees its seats. */
export const expireHoldsJob: Job = async (ctx) => {
  const expired = await withTransaction(ctx, (tx) => expireStaleHolds(tx));
  return { expired: expired.length };
};
