// Races that PGlite (one connection) cannot show: run on the PostgreSQL server only.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, registrationAttempts, users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { freshClient, NOW, PASSWORD, tokenFromOutbox, travelerInput, uniqueEmail } from "@/tests/helpers/accounts";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { createInvitation } from "./invitations";
import { registerInvited, registerTraveler } from "./register";
import { REGISTRATION_MAX_PER_IP } from "./rules";
import { insertUser } from "./users";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 6 });
});
afterAll(async () => {
  await db?.destroy();
});

describe("concurrent registration", () => {
  it("two registrations of one email at once: one account, one clean email_taken", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      registerTraveler(db.ctx(null, NOW), travelerInput({ email }), freshClient()),
      registerTraveler(db.ctx(null, NOW), travelerInput({ email: email.toUpperCase() }), freshClient()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "email_taken" } });
    expect(await db.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("one invitation used twice at once creates one account", async () => {
    const admin = await insertUser(db.ctx(null, NOW), {
      email: uniqueEmail("admin"),
      password: PASSWORD,
      name: "Admin",
      role: "it",
      emailVerified: true,
    });
    const actor: Actor = { id: admin.id, role: "it", email: admin.email, name: admin.name };
    const email = uniqueEmail("invitee");
    await createInvitation(db.ctx(actor, NOW), { email, role: "employee" });
    const token = await tokenFromOutbox(db.ctx(), email, "invitation");
    const results = await Promise.allSettled(
      [0, 1].map((i) => registerInvited(db.ctx(null, NOW), { token, name: `Twin ${i}`, password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    const [inv] = await db.db.select().from(invitations).where(eq(invitations.email, email));
    expect(inv.acceptedAt).not.toBeNull();
  });

  it("several instances racing for an IP's last registration slot: exactly one gets it", async () => {
    const ip = "203.0.113.99";
    for (let i = 0; i < REGISTRATION_MAX_PER_IP - 1; i++)
      await registerTraveler(db.ctx(null, NOW), travelerInput(), { ip });
    const results = await Promise.allSettled(
      [0, 1, 2, 3].map(() => registerTraveler(db.ctx(null, NOW), travelerInput(), { ip })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ["rate_limited", "rate_limited", "rate_limited"],
    );
    expect(await db.db.select().from(registrationAttempts).where(eq(registrationAttempts.ip, ip))).toHaveLength(
      REGISTRATION_MAX_PER_IP,
    );
  });
});
