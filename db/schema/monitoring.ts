import { sql } from "drizzle-orm";
import { bigint, customType, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const logLevelEnum = pgEnum("log_level", ["debug", "info", "warn", "error"]);
export type LogLevel = (typeof logLevelEnum.enumValues)[number];

/** The searchable activity log (IT /it/logs). Append-only. */
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    level: logLevelEnum().notNull(),
    event: text().notNull(),
    actorId: uuid(),
    actor: text().notNull(),
    requestId: text(),
    message: text().notNull().default(""),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    search: tsvector().generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(event, '') || ' ' || coalesce(actor, '') || ' ' || coalesce(message, '') || ' ' || coalesce(request_id, '') || ' ' || coalesce(details::text, ''))`,
    ),
  },
  (t) => [
    index("activity_log_at_idx").on(t.at, t.id),
    index("activity_log_event_idx").on(t.event, t.at),
    index("activity_log_request_idx").on(t.requestId),
    index("activity_log_search_idx").using("gin", t.search),
  ],
);

/** Every insert, update and delete on a domain table, written by a trigger (db/sql/change-log.sql). */
export const changeLog = pgTable(
  "change_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    tableName: text().notNull(),
    rowId: text().notNull(),
    op: text({ enum: ["insert", "update", "delete"] }).notNull(),
    data: jsonb().$type<Record<string, unknown>>(),
    origin: text().notNull(),
    actorId: text(),
    requestId: text(),
  },
  (t) => [index("change_log_table_idx").on(t.tableName, t.id)],
);
