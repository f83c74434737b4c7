import "server-only";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

/** Every IT notification service checks the role itself, whatever called it. */
export function requireIt(ctx: Ctx): Actor {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (ctx.actor.role !== "it") throw new DomainError("forbidden", "Only IT employees may do this.");
  return ctx.actor;
}
