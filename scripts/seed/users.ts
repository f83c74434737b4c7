import "server-only";
import { insertUser, findUserByEmail, type NewUser } from "@/lib/auth/users";
import type { Ctx } from "@/lib/context";

export const DEMO_PASSWORD = "astro-demo-2026";

// The demo accounts; README.md lists them too.
export const DEMO_USERS = {
  traveler: {
    email: "traveler@astrobookings.test",
    name: "Tess Traveler",
    role: "traveler",
    phone: "+14155550101",
    address: "1 Market St, San Francisco, CA 94105",
    country: "US",
    taxId: "123-45-6789",
    dateOfBirth: "1990-04-12",
  },
  vip: {
    email: "vip@astrobookings.test",
    name: "Victor Vip",
    role: "traveler",
    phone: "+34612345678",
    address: "Calle Mayor 1, 28013 Madrid",
    country: "ES",
    taxId: "12345678Z",
    dateOfBirth: "1980-09-30",
  },
  agencyOrbit: { email: "ops@orbitalhorizons.test", name: "Orbital Horizons Ops", role: "agency" },
  agencyLuna: { email: "ops@lunaexpress.test", name: "Luna Express Ops", role: "agency" },
  employee: { email: "finance@astrobookings.test", name: "Fiona Finance", role: "employee" },
  it: { email: "it@astrobookings.test", name: "Ian Itops", role: "it" },
} as const satisfies Record<string, Omit<NewUser, "password">>;

export type DemoUserKey = keyof typeof DEMO_USERS;

/** Creates the demo accounts that are missing; returns every demo user's id. */
export async function seedUsers(ctx: Ctx): Promise<Record<DemoUserKey, string>> {
  const ids = {} as Record<DemoUserKey, string>;
  for (const [key, user] of Object.entries(DEMO_USERS) as [DemoUserKey, (typeof DEMO_USERS)[DemoUserKey]][]) {
    const existing = await findUserByEmail(ctx, user.email);
    ids[key] = existing
      ? existing.id
      : (await insertUser(ctx, { ...user, password: DEMO_PASSWORD, emailVerified: true })).id;
  }
  return ids;
}
