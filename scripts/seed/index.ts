import "server-only";
import { withTransaction, type Ctx } from "@/lib/context";
import { seedAgencies } from "./agencies";
import { seedBookings } from "./bookings";
import { seedFinance } from "./finance";
import { seedNotifications } from "./notifications";
import { seedUsers } from "./users";

/**
 * Loads the demo data. Idempotent: each step creates only what is missing, so running
 * it again keeps (and never duplicates) the data. Domain seeds are added here in order.
 */
export async function seedDemo(ctx: Ctx): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const userIds = await seedUsers(tx);
    await seedAgencies(tx, userIds);
    await seedBookings(tx, userIds);
    await seedNotifications(tx);
    await seedFinance(tx, userIds); // keep last: invoices need the launches and bookings seeded above
  });
}
