import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";

export const notificationStatusEnum = pgEnum("notification_status", [
  "pending",
  "sending",
  "sent",
  "failed",
  "deleted",
]);
export const notificationQueueEnum = pgEnum("notification_queue", ["vip", "default"]);
export type NotificationStatus = (typeof notificationStatusEnum.enumValues)[number];
export type NotificationQueue = (typeof notificationQueueEnum.enumValues)[number];

/** A rendered mail exactly as handed to the provider (kept so that a resend is byte-identical). */
export interface StoredMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** The transactional outbox: written in the same transaction as the change that causes it. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    queue: notificationQueueEnum().notNull().default("default"),
    template: text().notNull(),
    recipient: text().notNull(),
    recipientUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /**
     * The single-use token of the mail's link, sealed (AES-256-GCM, lib/notifications/sealed-token.ts);
     * the payload's path holds a slot instead. Erased once the mail is sent or given up.
     */
    sealedToken: text(),
    status: notificationStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While `sending`: the last heartbeat of the dispatcher holding the row (its lease runs from here). */
    lockedAt: timestamp({ withTimezone: true }),
    /** While `sending`: the claim holding the row; only that claim may renew or record it. */
    leaseOwner: uuid(),
    /**
     * The Idempotency-Key of the request that carries this mail, fixed when the row is first
     * claimed with the others of its request: a resend after a crash repeats the same request.
     */
    sendKey: text(),
    /** The mail as rendered before its first attempt; every resend sends exactly this. Erased once sent or failed. */
    rendered: jsonb().$type<StoredMail>(),
    lastError: text(),
    idempotencyKey: text().notNull().unique(),
    providerMessageId: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("notifications_due_idx")
      .on(t.queue, t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index("notifications_status_idx").on(t.status, t.createdAt),
    index("notifications_recipient_idx").on(t.recipient),
    index("notifications_send_key_idx")
      .on(t.sendKey)
      .where(sql`${t.sendKey} is not null`),
    // The status page counts recent sends and reads the last successful one.
    index("notifications_sent_at_idx").on(t.sentAt),
  ],
);

export const notificationAttempts = pgTable(
  "notification_attempts",
  {
    id: id(),
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id, { onDelete: "cascade" }),
    ok: boolean().notNull(),
    error: text(),
    durationMs: integer().notNull(),
    /** The provider answered 429: recorded, but not counted against the attempt limit. */
    rateLimited: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("notification_attempts_notification_idx").on(t.notificationId, t.createdAt),
    index("notification_attempts_created_idx").on(t.createdAt),
  ],
);

/** The built-in transport: rendered mails kept in the database, shown to IT employees. */
export const mailbox = pgTable(
  "mailbox",
  {
    id: id(),
    notificationId: uuid().references(() => notifications.id, { onDelete: "set null" }),
    to: text().notNull(),
    from: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** Extra mail headers (List-Unsubscribe…), as handed to the provider. */
    headers: jsonb().$type<Record<string, string>>(),
    /** The link's token, sealed as in the outbox: the stored html/text show it redacted. */
    sealedToken: text(),
    createdAt: createdAt(),
  },
  (t) => [index("mailbox_created_idx").on(t.createdAt), index("mailbox_to_idx").on(t.to)],
);

export const dispatcherRuns = pgTable(
  "dispatcher_runs",
  {
    id: id(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }).notNull(),
    durationMs: integer().notNull(),
    claimed: integer().notNull(),
    sent: integer().notNull(),
    failed: integer().notNull(),
    /** Rows put back to pending for a later attempt (backoff or Retry-After). */
    retried: integer().notNull().default(0),
    /** Rows found stuck in `sending` and returned to pending. */
    recovered: integer().notNull().default(0),
    transport: text().notNull().default("mailbox"),
  },
  (t) => [index("dispatcher_runs_started_idx").on(t.startedAt)],
);
