import "server-only";
import { notificationAttempts, notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
// Demo links carry no token at all: they show the slot, as every stored link does.
import { TOKEN_SLOT } from "@/lib/notifications/sealed-token";
import type { NotificationPayloads, TemplateName } from "@/lib/notifications/payloads";
import { MAX_ATTEMPTS } from "@/lib/notifications/rules";
import { DEMO_USERS } from "./users";

// A few notifications in trouble, so the IT console (/it/notifications) shows what it is for:
// failed mails (out of attempts) and mails waiting for a retry. Fixed keys keep it idempotent.
const HOUR = 3_600_000;

interface SeedRow<T extends TemplateName> {
  key: string;
  template: T;
  to: string;
  payload: NotificationPayloads[T];
  state: "failed" | "retrying";
  error: string;
}

const invoicePayload = (n: number): NotificationPayloads["invoice_overdue"] => ({
  agencyName: "Orbital Horizons",
  number: `INV-DEMO-${String(n).padStart(5, "0")}`,
  totalCents: 1_250_000,
  balanceCents: 250_000,
  dueAt: "2026-10-01T00:00:00.000Z",
  path: "/agency/invoices",
});

const ROWS: SeedRow<TemplateName>[] = [
  {
    key: "seed:failed:1",
    template: "invoice_overdue",
    to: DEMO_USERS.agencyOrbit.email,
    payload: invoicePayload(1),
    state: "failed",
    error: "550 5.1.1 mailbox unavailable (demo)",
  },
  {
    key: "seed:failed:2",
    template: "invoice_overdue",
    to: DEMO_USERS.agencyOrbit.email,
    payload: invoicePayload(2),
    state: "failed",
    error: "500 internal_server_error: provider outage (demo)",
  },
  {
    key: "seed:failed:3",
    template: "verify_email",
    to: "bounced@astrobookings.test",
    payload: { name: "Bo Unce", path: `/confirm-email?token=${TOKEN_SLOT}` },
    state: "failed",
    error: "422 validation_error: Invalid `to` field (demo)",
  },
  {
    key: "seed:failed:4",
    template: "invitation",
    to: "typo@astrobookings.tset",
    payload: { role: "employee", invitedBy: DEMO_USERS.it.name, path: `/invitation/${TOKEN_SLOT}` },
    state: "failed",
    error: "422 validation_error: Invalid `to` field (demo)",
  },
  {
    key: "seed:retrying:1",
    template: "verify_email",
    to: "slow@astrobookings.test",
    payload: { name: "Sam Slow", path: `/confirm-email?token=${TOKEN_SLOT}` },
    state: "retrying",
    error: "503 service_unavailable (demo)",
  },
  {
    key: "seed:retrying:2",
    template: "invitation",
    to: "later@astrobookings.test",
    payload: { role: "it", invitedBy: DEMO_USERS.it.name, path: `/invitation/${TOKEN_SLOT}` },
    state: "retrying",
    error: "429 rate_limit_exceeded (demo)",
  },
];

export async function seedNotifications(ctx: Ctx): Promise<void> {
  for (const row of ROWS) {
    const failed = row.state === "failed";
    const created = new Date(ctx.now.getTime() - (failed ? 6 : 1) * HOUR);
    const [inserted] = await ctx.db
      .insert(notifications)
      .values({
        template: row.template,
        recipient: row.to,
        payload: row.payload as unknown as Record<string, unknown>,
        status: failed ? "failed" : "pending",
        attempts: failed ? MAX_ATTEMPTS : 2,
        lastError: row.error,
        idempotencyKey: row.key,
        // A retry due in an hour: long enough to look at it, and to act on it, in the demo.
        nextAttemptAt: failed ? created : new Date(ctx.now.getTime() + HOUR),
        createdAt: created,
        updatedAt: created,
      })
      .onConflictDoNothing({ target: notifications.idempotencyKey })
      .returning({ id: notifications.id });
    if (!inserted) continue;
    const tries = failed ? MAX_ATTEMPTS : 2;
    await ctx.db.insert(notificationAttempts).values(
      Array.from({ length: tries }, (_, i) => ({
        notificationId: inserted.id,
        ok: false,
        error: row.error,
        durationMs: 120 + i * 7,
        createdAt: new Date(created.getTime() + i * 60_000),
      })),
    );
  }
}
