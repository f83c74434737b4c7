import "server-only";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

/** Sync and logs are for IT employees only; every service checks it again. */
export function assertIt(ctx: Ctx): void {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  if (ctx.actor.role !== "it") throw new DomainError("forbidden", "Only IT employees may do this.");
}
