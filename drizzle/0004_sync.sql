CREATE TYPE "public"."sync_job_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."sync_mode" AS ENUM('incremental', 'full');--> statement-breakpoint
CREATE TYPE "public"."sync_resolution" AS ENUM('keep_target', 'overwrite');--> statement-breakpoint
CREATE TABLE "job_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"dataset" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"primary_version" jsonb,
	"target_version" jsonb,
	"detected_at" timestamp with time zone NOT NULL,
	"resolution" "sync_resolution",
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sync_cursors" (
	"dataset" text PRIMARY KEY NOT NULL,
	"last_change_id" bigint DEFAULT 0 NOT NULL,
	"last_job_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_dataset_locks" (
	"dataset" text PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"locked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "sync_job_status" DEFAULT 'queued' NOT NULL,
	"mode" "sync_mode" NOT NULL,
	"datasets" text[] NOT NULL,
	"current_dataset" text,
	"plan" jsonb,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"rows_applied" integer DEFAULT 0 NOT NULL,
	"conflicts" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"work_ms" bigint DEFAULT 0 NOT NULL,
	"batches" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"claimed_by" text,
	CONSTRAINT "sync_jobs_datasets_check" CHECK (cardinality("sync_jobs"."datasets") > 0)
);
--> statement-breakpoint
CREATE TABLE "sync_target_cursors" (
	"dataset" text PRIMARY KEY NOT NULL,
	"change_id" bigint DEFAULT 0 NOT NULL,
	"job_id" uuid,
	"table_index" integer DEFAULT 0 NOT NULL,
	"last_id" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_target_state" (
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"hash" text NOT NULL,
	"change_id" bigint,
	"apply_count" integer DEFAULT 1 NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sync_target_state_table_name_row_id_pk" PRIMARY KEY("table_name","row_id")
);
--> statement-breakpoint
ALTER TABLE "sync_conflicts" ADD CONSTRAINT "sync_conflicts_job_id_sync_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."sync_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_conflicts" ADD CONSTRAINT "sync_conflicts_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_dataset_locks" ADD CONSTRAINT "sync_dataset_locks_job_id_sync_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."sync_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_jobs" ADD CONSTRAINT "sync_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sync_conflicts_open_row_key" ON "sync_conflicts" USING btree ("table_name","row_id") WHERE "sync_conflicts"."resolution" is null;--> statement-breakpoint
CREATE INDEX "sync_conflicts_job_idx" ON "sync_conflicts" USING btree ("job_id","detected_at");--> statement-breakpoint
CREATE INDEX "sync_jobs_status_idx" ON "sync_jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "sync_jobs_created_idx" ON "sync_jobs" USING btree ("created_at","id");