import "server-only";
import { inArray } from "drizzle-orm";
import { bookings } from "@/db/schema";
import { invalidateLaunches } from "@/lib/catalogue/cache";
import { withTransaction } from "@/lib/context";
import type { Job } from "@/lib/jobs/types";
import { expireStaleHolds } from "./release";

/** Marks every hold past its 10 minutes as expired and frees its seats. */
export const expireHoldsJob: Job = async (ctx) => {
  const expired = await withTransaction(ctx, (tx) => expireStaleHolds(tx));
  if (expired.length) {
    const rows = await ctx.db
      .selectDistinct({ launchId: bookings.launchId })
      .from(bookings)
      .where(inArray(bookings.id, expired));
    invalidateLaunches(rows.map((r) => r.launchId));
  }
  return { expired: expired.length };
};
