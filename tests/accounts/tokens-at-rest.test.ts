import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { emailTokens, mailbox, notifications, users } from "@/db/schema";
import { createInvitation } from "@/lib/auth/invitations";
import { registerTraveler } from "@/lib/auth/register";
import { hashEmailToken } from "@/lib/auth/tokens";
import { createContext, type Actor } from "@/lib/context";
import { mailboxEnabled } from "@/lib/env";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { getMail } from "@/lib/notifications/mailbox-queries";
import { openToken, sealToken, TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import { mailboxTransport } from "@/lib/notifications/transports/mailbox";
import type { Transport } from "@/lib/notifications/transports/types";
import { freshClient, NOW, travelerInput, uniqueEmail } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
let it_: Actor;
const secret = process.env.AUTH_SECRET!;

beforeAll(async () => {
  db = await createTestDb();
  const [row] = await db.db
    .insert(users)
    .values({ email: uniqueEmail("it"), passwordHash: "x", name: "Ida IT", role: "it" })
    .returning();
  it_ = { id: row.id, role: "it", email: row.email, name: row.name };
});
afterAll(() => db.destroy());

const outboxRow = async (to: string, template: string) =>
  (await db.db.select().from(notifications).where(eq(notifications.recipient, to))).find(
    (r) => r.template === template,
  )!;

describe("single-use tokens at rest", () => {
  it("seals a token with AES-256-GCM: a fresh IV each time, refused under another secret or altered", () => {
    const a = sealToken("tok-123", secret);
    const b = sealToken("tok-123", secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain("tok-123");
    expect(openToken(a, secret)).toBe("tok-123");
    expect(() => openToken(a, "another-secret-0123456789abcdefghijkl")).toThrow();
    const parts = a.split(".");
    parts[2] = Buffer.from("tok-999").toString("base64url");
    expect(() => openToken(parts.join("."), secret)).toThrow();
  });

  it("keeps only the hash in email_tokens and the sealed token in the outbox; erased once sent; the mailbox copy is redacted", async () => {
    const input = travelerInput();
    const user = await registerTraveler(db.ctx(null, NOW), input, freshClient());
    const row = await outboxRow(input.email, "verify_email");
    const json = JSON.stringify(row.payload);
    expect(json).toContain(`/confirm-email?token=${TOKEN_SLOT}`);
    expect(row.sealedToken).toBeTruthy();
    const token = openToken(row.sealedToken!, secret);
    expect(json).not.toContain(token);
    const [stored] = await db.db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored.tokenHash).toBe(hashEmailToken(token));
    expect(stored.tokenHash).not.toContain(token);

    const ctx = createContext({ db: db.db, origin: "cron:notifications", now: NOW });
    const result = await dispatchNotifications(ctx, {
      transport: mailboxTransport(),
      appUrl: "https://app.astro.test",
      from: "no-reply@astro.test",
    });
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const after = await outboxRow(input.email, "verify_email");
    expect(after.status).toBe("sent");
    expect(after.sealedToken).toBeNull();

    const [copy] = await db.db.select().from(mailbox).where(eq(mailbox.notificationId, row.id));
    expect(copy.html + copy.text).not.toContain(token);
    expect(copy.text).toContain(`/confirm-email?token=${TOKEN_SLOT}`);
    // What an IT employee reads: the redacted link, and a token only the server's key opens.
    const view = await getMail(db.ctx(it_), copy.id);
    expect(view.html + view.text).not.toContain(token);
    expect(openToken(view.sealedToken!, secret)).toBe(token);
  });

  it("the rendered copy kept for a resend holds the slot, not the token; the resend sends the whole link", async () => {
    const input = travelerInput();
    await registerTraveler(db.ctx(null, NOW), input, freshClient());
    const row = await outboxRow(input.email, "verify_email");
    const token = openToken(row.sealedToken!, secret);
    const sent: string[] = [];
    let fail = true;
    const flaky: Transport = {
      name: "resend",
      maxBatchSize: 10,
      async sendBatch(_ctx, mails) {
        sent.push(...mails.map((m) => m.text));
        if (fail) return mails.map(() => ({ ok: false as const, error: "503", rateLimited: false, permanent: false }));
        return mails.map(() => ({ ok: true as const, providerMessageId: "p-1" }));
      },
    };
    const opts = { transport: flaky, appUrl: "https://app.astro.test", from: "no-reply@astro.test" };
    await dispatchNotifications(createContext({ db: db.db, origin: "cron:notifications", now: NOW }), opts);
    const waiting = await outboxRow(input.email, "verify_email");
    expect(waiting.status).toBe("pending");
    expect(JSON.stringify(waiting.rendered)).toContain(TOKEN_SLOT);
    expect(JSON.stringify(waiting)).not.toContain(token);
    fail = false;
    await dispatchNotifications(
      createContext({ db: db.db, origin: "cron:notifications", now: new Date(NOW.getTime() + 3_600_000) }),
      opts,
    );
    expect(sent.filter((t) => t.includes(`token=${token}`))).toHaveLength(sent.length);
    expect(sent.at(-1)).toBe(sent[0]);
    const done = await outboxRow(input.email, "verify_email");
    expect(done.status).toBe("sent");
    expect(done.sealedToken).toBeNull();
  });

  it("an invitation's link is never stored whole", async () => {
    const email = uniqueEmail("invitee");
    await createInvitation(db.ctx(it_, NOW), { email, role: "employee" });
    const row = await outboxRow(email, "invitation");
    expect(row.payload.path).toBe(`/invitation/${TOKEN_SLOT}`);
    const token = openToken(row.sealedToken!, secret);
    expect(token.length).toBeGreaterThan(30);
    expect(JSON.stringify(row)).not.toContain(`"${token}"`);
  });

  it("the built-in mailbox is off in production unless MAILBOX=on", () => {
    expect(mailboxEnabled({ NODE_ENV: "production", MAILBOX: undefined })).toBe(false);
    expect(mailboxEnabled({ NODE_ENV: "production", MAILBOX: "on" })).toBe(true);
    expect(mailboxEnabled({ NODE_ENV: "development", MAILBOX: undefined })).toBe(true);
    expect(mailboxEnabled({ NODE_ENV: "development", MAILBOX: "off" })).toBe(false);
  });
});
