import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf } from "@/db/client";
import type { Ctx } from "@/lib/context";
import { filterConditions, logPage } from "./log-query";
import { LOG_API_PAGE_SIZE, LOG_MAX_PAGE } from "./log-rules";
import { logFilterSchema, type LogFilter } from "./log-schemas";
import { requireRole } from "@/lib/auth/require-role";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * GET /api/v1/it/logs: the log filter with the API's list convention, `?page=1&pageSize=20`
 * (max 100) → `{items, total, page, pageSize}`; `cursor` (a `nextCursor`) pages by keyset
 * instead. The /it/logs page keeps logFilterSchema (keyset pages of LOG_PAGE_SIZE).
 */
export const logListQuerySchema = logFilterSchema
  .safeExtend({
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int()
        .min(1)
        .max(LOG_MAX_PAGE, `At most page ${LOG_MAX_PAGE}: go further with the cursor.`)
        .optional(),
    ),
    pageSize: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(100, "At most 100 per page.").default(LOG_API_PAGE_SIZE),
    ),
  })
  .refine((f) => !(f.cursor && f.page !== undefined && f.page > 1), {
    message: "Page with either page or cursor, not both.",
    path: ["page"],
  });
export type LogListQuery = z.infer<typeof logListQuerySchema>;

/** Every match counted (the list's `total`): the filter's index scans, never the log's size. */
async function countMatches(ctx: Ctx, filter: LogFilter): Promise<number> {
  const conditions = filterConditions(filter, ctx.now);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  return (
    rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from activity_log ${where}`))[0]?.n ?? 0
  );
}

/**
 * One page of GET /api/v1/it/logs: `{items, total, page, pageSize}` like every API list,
 * plus `nextCursor` (the keyset position after this page, null on the last) and
 * `totalCapped` (kept for the first clients; `total` is exact, so always false). With a
 * `cursor`, the page after it and `page: null`.
 */
export async function listLogs(ctx: Ctx, query: LogListQuery) {
  requireRole(ctx, ["it"]);
  const page = query.cursor ? null : (query.page ?? 1);
  const offset = page ? (page - 1) * query.pageSize : 0;
  const [found, total] = await Promise.all([logPage(ctx, query, query.pageSize, offset), countMatches(ctx, query)]);
  return {
    items: found.items,
    total,
    page,
    pageSize: query.pageSize,
    nextCursor: found.nextCursor,
    totalCapped: false,
  };
}
