import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { emailTokens, users } from "@/db/schema";
import { isVip } from "@/lib/bookings/vip";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { fieldErrorsOf } from "@/lib/validation";
import { nameFormSchema, travelerProfileSchema, type MeDetails } from "./account-schemas";

function requireActor(ctx: Ctx) {
  if (!ctx.actor) throw new DomainError("unauthorized", "Sign in first.");
  return ctx.actor;
}

/** The address an email change waits to move to (its link not used yet, not expired), or null. */
export async function pendingEmailOf(ctx: Ctx, userId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ newEmail: emailTokens.newEmail })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, "email_change"),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, ctx.now),
      ),
    )
    .orderBy(desc(emailTokens.createdAt))
    .limit(1);
  return row?.newEmail ?? null;
}

/** GET /api/v1/me: the user, a traveler's contact and tax data, and a pending email change. */
export async function getMeDetails(ctx: Ctx): Promise<MeDetails> {
  const actor = requireActor(ctx);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new DomainError("unauthorized", "Sign in first.");
  const [vip, pendingEmail] = await Promise.all([
    user.role === "traveler" ? isVip(ctx, user.id) : false,
    pendingEmailOf(ctx, user.id),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    vip,
    ...(user.role === "traveler"
      ? {
          traveler: {
            phone: user.phone ?? "",
            address: user.address ?? "",
            country: user.country ?? "",
            taxId: user.taxId ?? "",
            dateOfBirth: user.dateOfBirth ?? "",
          },
        }
      : {}),
    ...(pendingEmail ? { pendingEmail } : {}),
  };
}

export interface ProfileChange {
  name?: string;
  phone?: string;
  address?: string;
  country?: string;
  taxId?: string;
}

/**
 * Edits the signed-in user's name and, for a traveler, phone, postal address, country and
 * tax id. The result is checked as a whole with the registration's rules (a new country
 * re-checks the stored tax id), so a field error names the field to fix. The date of
 * birth is not editable.
 */
export async function updateProfile(ctx: Ctx, change: ProfileChange): Promise<MeDetails> {
  const actor = requireActor(ctx);
  const travelerFields = ["phone", "address", "country", "taxId"] as const;
  if (actor.role !== "traveler" && travelerFields.some((f) => change[f] !== undefined)) {
    throw new DomainError("validation_failed", "Only travelers have contact and tax data here.", {
      traveler: ["Only travelers have contact and tax data here."],
    });
  }
  await withTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, actor.id)).limit(1).for("update");
    if (!user) throw new DomainError("unauthorized", "Sign in first.");
    const merged = {
      name: change.name ?? user.name,
      phone: change.phone ?? user.phone ?? "",
      address: change.address ?? user.address ?? "",
      country: change.country ?? user.country ?? "",
      taxId: change.taxId ?? user.taxId ?? "",
    };
    const parsed =
      user.role === "traveler"
        ? travelerProfileSchema.safeParse(merged)
        : nameFormSchema.safeParse({ name: merged.name });
    if (!parsed.success) {
      throw new DomainError("validation_failed", "Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    }
    const values: Partial<typeof users.$inferInsert> = parsed.data;
    await tx.db
      .update(users)
      .set({ ...values, updatedAt: tx.now })
      .where(eq(users.id, actor.id));
    await logEvent(tx, {
      event: "account.profile_updated",
      details: {
        userId: actor.id,
        fields: Object.keys(change).filter((k) => change[k as keyof ProfileChange] !== undefined),
      },
    });
  });
  return getMeDetails(ctx);
}
