import "server-only";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { requireRole } from "@/lib/auth/require-role";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

export type AgencyRow = typeof agencies.$inferSelect;

/**
 * The agency of the signed-in agency user. Every agency service starts here and then
 * filters by this agency's id in every `where`, so another agency's rows never match.
 */
export async function currentAgency(ctx: Ctx, opts: { forUpdate?: boolean } = {}): Promise<AgencyRow> {
  const actor = requireRole(ctx, ["agency"]);
  const query = ctx.db.select().from(agencies).where(eq(agencies.userId, actor.id)).limit(1);
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  if (!row) throw new DomainError("not_found", "This account has no agency profile yet.");
  return row;
}
