import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import type { Ctx } from "@/lib/context";

/**
 * The next number of a series for a year. The upsert takes the counter row's lock and
 * keeps it until the caller's transaction ends: concurrent generations queue on it, and
 * a rolled-back generation gives its number back, so the series has no gap. Call it
 * inside withTransaction, as late as possible (it serializes the series).
 */
export async function nextDocumentSequence(ctx: Ctx, series: "INV" | "CN", year: number): Promise<number> {
  const result = await ctx.db.execute(sql`
    insert into document_counters (series, year, last_number) values (${series}, ${year}, 1)
    on conflict (series, year) do update set last_number = document_counters.last_number + 1
    returning last_number`);
  return Number(rowsOf<{ last_number: number }>(result)[0].last_number);
}
