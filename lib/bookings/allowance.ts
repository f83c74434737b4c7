import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { bookings, bookingSeats, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { PassengerInput } from "./schemas";
import { seatLimitFor } from "./rules";
import { isVip } from "./vip";
import { requireRole } from "@/lib/auth/require-role";

/** For the booking form: the traveler's seat limit on this launch, the seats he holds, and himself as first passenger. */
export async function bookingAllowance(
  ctx: Ctx,
  launchId: string,
): Promise<{ limit: number; mine: number; vip: boolean; me: PassengerInput }> {
  const actor = requireRole(ctx, ["traveler"]);
  const [vip, [{ mine }], [me]] = await Promise.all([
    isVip(ctx, actor.id),
    ctx.db
      .select({ mine: sql<number>`count(*)::int` })
      .from(bookingSeats)
      .innerJoin(bookings, eq(bookings.id, bookingSeats.bookingId))
      .where(
        and(
          eq(bookingSeats.launchId, launchId),
          eq(bookingSeats.live, true),
          eq(bookings.travelerId, actor.id),
          sql`(${bookings.status} = 'confirmed' or (${bookings.status} = 'held' and ${bookings.expiresAt} > ${ctx.now.toISOString()}::timestamptz))`,
        ),
      ),
    ctx.db
      .select({ name: users.name, email: users.email, dateOfBirth: users.dateOfBirth })
      .from(users)
      .where(eq(users.id, actor.id)),
  ]);
  return {
    limit: seatLimitFor(vip),
    mine: Number(mine),
    vip,
    me: { name: me?.name ?? "", email: me?.email ?? "", dateOfBirth: me?.dateOfBirth ?? "" },
  };
}
