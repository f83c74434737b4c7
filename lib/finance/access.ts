import type { Role } from "@/db/schema";
import { AREA_ROLES } from "@/lib/auth/rules";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

export const FINANCE_ROLES: readonly Role[] = AREA_ROLES.finance;

/** Services check the role themselves too: entry points are not the only guard. */
export function assertFinance(ctx: Ctx): void {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (!FINANCE_ROLES.includes(ctx.actor.role)) throw new DomainError("forbidden", "Only finance staff may do this.");
}

/** Jobs and seeds run without a person; they pass this check by origin. */
export function assertFinanceOrSystem(ctx: Ctx): void {
  if (ctx.origin === "seed" || ctx.origin === "cli" || ctx.origin.startsWith("cron:")) return;
  assertFinance(ctx);
}
