import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { agencies } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/monitoring/log-event";
import { invalidateLaunchesOf } from "@/lib/catalogue/cache";
import type { AgencyProfile } from "./profile-schema";
import { currentAgency, type AgencyRow } from "./current-agency";

export interface AgencyProfileDto {
  id: string;
  name: string;
  description: string | null;
  contactEmail: string;
  phone: string | null;
  website: string | null;
  address: string | null;
  country: string;
  taxId: string;
  updatedAt: string;
}

export function profileDto(row: AgencyRow): AgencyProfileDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    contactEmail: row.contactEmail,
    phone: row.phone,
    website: row.website,
    address: row.address,
    country: row.country,
    taxId: row.taxId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getAgencyProfile(ctx: Ctx): Promise<AgencyProfileDto> {
  return profileDto(await currentAgency(ctx));
}

const nameTaken = () =>
  new DomainError("conflict", "Another agency already uses this name.", {
    name: ["Another agency already uses this name."],
  });

// Replace the agency's profile (PUT semantics: optional fields left out are cleared).
export async function updateAgencyProfile(ctx: Ctx, input: AgencyProfile): Promise<AgencyProfileDto> {
  try {
    const profile = await withTransaction(ctx, async (tx) => {
      const agency = await currentAgency(tx, { forUpdate: true });
      const [clash] = await tx.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(sql`lower(${agencies.name}) = lower(${input.name})`, ne(agencies.id, agency.id)))
        .limit(1);
      if (clash) throw nameTaken();
      const [row] = await tx.db
        .update(agencies)
        .set({
          name: input.name,
          description: input.description ?? null,
          contactEmail: input.contactEmail,
          phone: input.phone ?? null,
          website: input.website ?? null,
          address: input.address ?? null,
          country: input.country,
          taxId: input.taxId,
          updatedAt: tx.now,
        })
        .where(eq(agencies.id, agency.id))
        .returning();
      await logEvent(tx, {
        event: "agency.profile_updated",
        message: `Agency ${row.name} updated its profile`,
        details: { agencyId: row.id },
      });
      return profileDto(row);
    });
    // Its name and description are on its launches' public pages.
    await invalidateLaunchesOf(ctx, { agencyId: profile.id });
    return profile;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
