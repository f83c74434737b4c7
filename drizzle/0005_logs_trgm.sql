-- Trigram indexes for the IT log search: `actor ILIKE '%…%'` and `message ILIKE '%…%'`
-- (the tsvector GIN index serves whole words; these serve fragments such as part of an
-- email). pg_trgm is created by db/migrate.ts before the migrations run, on both engines.
CREATE INDEX IF NOT EXISTS "activity_log_actor_trgm_idx" ON "activity_log" USING gin ("actor" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "activity_log_message_trgm_idx" ON "activity_log" USING gin ("message" gin_trgm_ops);
--> statement-breakpoint
-- Change-log digest and incremental sync read the change log by id per table; retention
-- deletes the activity log by time (activity_log_at_idx serves it).
CREATE INDEX IF NOT EXISTS "change_log_id_table_idx" ON "change_log" ("id", "table_name");
