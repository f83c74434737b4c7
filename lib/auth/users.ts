import "server-only";
import { eq } from "drizzle-orm";
import { users, type Role } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "./passwords";
import { normalizeEmail } from "./rules";

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  emailVerified?: boolean;
  phone?: string | null;
  address?: string | null;
  country?: string | null;
  taxId?: string | null;
  dateOfBirth?: string | null;
}

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(ctx: Ctx, email: string): Promise<UserRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return row;
}

/** Inserts a user; a taken email (case-insensitive) is a clean `email_taken`, also under a race. */
export async function insertUser(ctx: Ctx, input: NewUser): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const [row] = await ctx.db
    .insert(users)
    .values({
      email,
      passwordHash,
      name: input.name.trim(),
      role: input.role,
      emailVerifiedAt: input.emailVerified ? ctx.now : null,
      phone: input.phone ?? null,
      address: input.address ?? null,
      country: input.country ?? null,
      taxId: input.taxId ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row)
    throw new DomainError("email_taken", "An account with this email already exists.", {
      email: ["This email is already registered."],
    });
  return row;
}
