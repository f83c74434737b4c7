import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { agencies, bookings, bookingSeats, launches, mailbox, notifications, users } from "@/db/schema";
import { loadBookingFacts } from "@/lib/bookings/facts";
import { cancelWithRefund, freeSeatsOf } from "@/lib/bookings/release";
import { cancellationError, refundQuote } from "@/lib/bookings/rules";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { confirmPassword } from "./confirm-password";
import { DELETED_USER_NAME, deletedEmailFor } from "./rules";
import { revokeAllSessions } from "./sessions";

export interface DeletionPreview {
  /** Future confirmed bookings that will be cancelled, each with the refund the policy gives now. */
  cancellations: {
    bookingId: string;
    reference: string;
    launchTitle: string;
    launchDate: string;
    amountCents: number;
    refundPercent: number;
    refundCents: number;
  }[];
  refundTotalCents: number;
  /** Unpaid holds released at once (nothing was paid). */
  heldBookings: number;
  /** An agency with a scheduled or delayed launch cannot delete itself. */
  blockedBy: string | null;
}

function requireActor(ctx: Ctx) {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  return ctx.actor;
}

/** What deleting the account would do now: shown before the user confirms. */
export async function deletionPreview(ctx: Ctx): Promise<DeletionPreview> {
  const actor = requireActor(ctx);
  if (actor.role === "agency") {
    const [live] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(launches)
      .innerJoin(agencies, eq(agencies.id, launches.agencyId))
      .where(and(eq(agencies.userId, actor.id), inArray(launches.status, ["scheduled", "delayed"])));
    const blockedBy =
      live.n > 0
        ? `Your agency has ${live.n} scheduled or delayed launch${live.n === 1 ? "" : "es"}: abort or fly ${live.n === 1 ? "it" : "them"} before deleting the account.`
        : null;
    return { cancellations: [], refundTotalCents: 0, heldBookings: 0, blockedBy };
  }
  const rows = await ctx.db
    .select({
      id: bookings.id,
      reference: bookings.reference,
      status: bookings.status,
      amountCents: bookings.amountCents,
      launchStatus: launches.status,
      launchDate: launches.date,
      spaceport: launches.spaceport,
      destination: launches.destination,
    })
    .from(bookings)
    .innerJoin(launches, eq(launches.id, bookings.launchId))
    .where(and(eq(bookings.travelerId, actor.id), inArray(bookings.status, ["held", "confirmed"])))
    .orderBy(asc(launches.date));
  const cancellations = rows
    .filter(
      (r) =>
        !cancellationError({
          bookingStatus: r.status,
          launchStatus: r.launchStatus,
          launchDate: r.launchDate,
          now: ctx.now,
        }),
    )
    .map((r) => ({
      bookingId: r.id,
      reference: r.reference,
      launchTitle: `${r.destination} from ${r.spaceport}`,
      launchDate: r.launchDate.toISOString(),
      amountCents: r.amountCents,
      ...refundQuote(r.amountCents, r.launchDate, ctx.now),
    }));
  return {
    cancellations,
    refundTotalCents: cancellations.reduce((sum, c) => sum + c.refundCents, 0),
    heldBookings: rows.filter((r) => r.status === "held").length,
    blockedBy: null,
  };
}

/**
 * Deletes the signed-in user's account (needs the password), in one transaction: live
 * holds released, future confirmed bookings cancelled with the policy's refund through
 * the provider, sessions revoked, personal data erased (name, email → a unique
 * placeholder, phone, address, tax id, date of birth, passengers' personal data, the
 * mails addressed to him). Bookings, payments, refunds and invoices stay (accounting law),
 * linked to the anonymised account. An agency with a scheduled or delayed launch → 409.
 */
export async function deleteAccount(
  ctx: Ctx,
  input: { password: string },
  client: { ip: string },
): Promise<DeletionPreview> {
  const actor = requireActor(ctx);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user || user.deletedAt) throw new DomainError("unauthorized", "Sign in first.");
  await confirmPassword(ctx, actor, input.password, {
    field: "password",
    failedEvent: "account.deletion_failed",
    ip: client.ip,
  });
  return withTransaction(ctx, async (tx) => {
    // The user row first: a booking or a launch started meanwhile waits for this transaction.
    await tx.db.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("update");
    const preview = await deletionPreview(tx);
    if (preview.blockedBy) throw new DomainError("conflict", preview.blockedBy);

    const held = await tx.db
      .update(bookings)
      .set({
        status: "cancelled",
        refundCents: 0,
        refundPercent: 0,
        cancelledAt: tx.now,
        expiresAt: null,
        updatedAt: tx.now,
      })
      .where(and(eq(bookings.travelerId, user.id), eq(bookings.status, "held")))
      .returning({ id: bookings.id });
    await freeSeatsOf(
      tx,
      held.map((h) => h.id),
    );
    if (preview.cancellations.length) {
      const ids = preview.cancellations.map((c) => c.bookingId);
      for (const facts of await loadBookingFacts(tx, ids)) {
        const c = preview.cancellations.find((x) => x.bookingId === facts.id)!;
        // The launch row first, then the booking, as a traveler's own cancellation locks them.
        await tx.db.select({ id: launches.id }).from(launches).where(eq(launches.id, facts.launchId)).for("update");
        await cancelWithRefund(tx, facts, { refundPercent: c.refundPercent, refundCents: c.refundCents }, "traveler");
      }
    }
    const placeholder = deletedEmailFor(user.id);
    await tx.db
      .update(users)
      .set({
        name: DELETED_USER_NAME,
        email: placeholder,
        // No password opens this account again.
        passwordHash: "!deleted",
        phone: null,
        address: null,
        taxId: null,
        dateOfBirth: null,
        vipAlerts: false,
        deletedAt: tx.now,
        updatedAt: tx.now,
      })
      .where(eq(users.id, user.id));
    const own = tx.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.travelerId, user.id));
    await tx.db
      .update(bookingSeats)
      .set({ passengerName: "Deleted passenger", passengerEmail: "", passengerDateOfBirth: null })
      .where(inArray(bookingSeats.bookingId, own));
    // His mails: nothing more goes out, and what was sent keeps no personal data.
    const mine = or(eq(notifications.recipientUserId, user.id), eq(notifications.recipient, user.email));
    const erased = await tx.db
      .update(notifications)
      .set({
        recipient: placeholder,
        payload: { erased: true },
        sealedToken: null,
        status: sql`case when ${notifications.status} in ('pending', 'sending') then 'deleted'::notification_status else ${notifications.status} end`,
        updatedAt: tx.now,
      })
      .where(mine)
      .returning({ id: notifications.id });
    await tx.db
      .update(mailbox)
      .set({
        to: placeholder,
        subject: "(erased: account deleted)",
        html: "",
        text: "",
        headers: null,
        sealedToken: null,
      })
      .where(
        or(
          eq(mailbox.to, user.email),
          erased.length
            ? inArray(
                mailbox.notificationId,
                erased.map((e) => e.id),
              )
            : undefined,
        ),
      );
    await revokeAllSessions(tx, user.id);
    await logEvent(tx, {
      event: "account.deleted",
      actor: placeholder,
      details: {
        userId: user.id,
        role: user.role,
        cancelled: preview.cancellations.map((c) => c.reference),
        refundTotalCents: preview.refundTotalCents,
        heldReleased: held.length,
      },
    });
    return preview;
  });
}
