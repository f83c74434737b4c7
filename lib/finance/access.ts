import type { Role } from "@/db/schema";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/require-role";
import type { Ctx } from "@/lib/context";

export const FINANCE_ROLES: readonly Role[] = AREA_ROLES.finance;

/** Jobs and seeds run without a person; they pass this check by origin. */
export function assertFinanceOrSystem(ctx: Ctx): void {
  if (ctx.origin === "seed" || ctx.origin === "cli" || ctx.origin.startsWith("cron:")) return;
  requireRole(ctx, FINANCE_ROLES);
}
