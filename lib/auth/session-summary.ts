import "server-only";
import type { Role } from "@/db/schema";
import { bookingAllowance } from "@/lib/bookings/allowance";
import type { PassengerInput } from "@/lib/bookings/schemas";
import type { Ctx } from "@/lib/context";
import { isEmailUnverified } from "./me";

/** What the personal parts of a public page need: who is signed in, and on a launch page his seat allowance. */
export interface SessionSummary {
  user: { name: string; email: string; role: Role; emailUnverified: boolean } | null;
  allowance: { limit: number; mine: number; me: PassengerInput } | null;
}

/** The summary for the current web session (`ctx.actor`); `launchId` adds a traveler's allowance. */
export async function sessionSummary(ctx: Ctx, launchId?: string): Promise<SessionSummary> {
  const actor = ctx.actor;
  if (!actor) return { user: null, allowance: null };
  const [unverified, allowance] = await Promise.all([
    isEmailUnverified(ctx, actor.id),
    launchId && actor.role === "traveler" ? bookingAllowance(ctx, launchId) : null,
  ]);
  return {
    user: { name: actor.name, email: actor.email, role: actor.role, emailUnverified: unverified },
    allowance: allowance ? { limit: allowance.limit, mine: allowance.mine, me: allowance.me } : null,
  };
}
