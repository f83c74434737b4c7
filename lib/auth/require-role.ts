import type { Role } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

/**
 * The role check every service makes itself, whatever called it (entry points check too, but
 * are never the only guard): signed out → `unauthorized`, another role → `forbidden`.
 */
export function requireRole(ctx: Ctx, roles: readonly Role[]): Actor {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (!roles.includes(ctx.actor.role)) throw new DomainError("forbidden", "Your role may not do this.");
  return ctx.actor;
}
