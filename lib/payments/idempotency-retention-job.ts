import "server-only";
import { lt } from "drizzle-orm";
import { idempotencyKeys } from "@/db/schema";
import type { Job } from "@/lib/jobs/types";
import { IDEMPOTENCY_KEY_HOURS } from "./rules";

/** Forgets `Idempotency-Key` answers past their 24 hours (a later request with the key runs anew). */
export const idempotencyRetentionJob: Job = async (ctx) => {
  const cutoff = new Date(ctx.now.getTime() - IDEMPOTENCY_KEY_HOURS * 3600 * 1000);
  const gone = await ctx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key });
  return { idempotencyKeys: gone.length };
};
