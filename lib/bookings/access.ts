import "server-only";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";

/** Only travelers book; every booking service starts here. */
export function requireTraveler(ctx: Ctx): Actor {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in as a traveler to book.");
  if (ctx.actor.role !== "traveler") throw new DomainError("forbidden", "Only travelers can book seats.");
  return ctx.actor;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids that are not UUIDs are simply not found (never a database error). */
export function assertUuid(id: string, what = "booking"): void {
  if (!UUID.test(id)) throw new DomainError("not_found", `There is no such ${what}.`);
}

/** Postgres error code through drizzle's wrapping (the driver error is in `cause`). */
export function pgErrorOf(error: unknown): { code?: string; constraint?: string } {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === "string" ? constraint : undefined };
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}
