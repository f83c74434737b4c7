CREATE TABLE "launch_seat_counts" (
	"launch_id" uuid PRIMARY KEY NOT NULL,
	"live_seats" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "launch_seat_counts_live_check" CHECK ("launch_seat_counts"."live_seats" >= 0)
);
--> statement-breakpoint
ALTER TABLE "launch_seat_counts" ADD CONSTRAINT "launch_seat_counts_launch_id_launches_id_fk" FOREIGN KEY ("launch_id") REFERENCES "public"."launches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "launches_bookable_date_idx" ON "launches" USING btree ("date") WHERE "launches"."status" in ('scheduled', 'delayed');--> statement-breakpoint
-- Live seats per launch, moved by the same statement that moves booking_seats. Statement
-- triggers with transition tables: one upsert per statement and launch, so bulk writes (the
-- expire-holds job, an abort, a sync) cost one grouped update, not one per seat. Launches are
-- taken in id order where rows are created, so two statements lock them in the same order.
CREATE OR REPLACE FUNCTION count_live_seats() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO launch_seat_counts AS c (launch_id, live_seats)
      SELECT launch_id, count(*) FROM new_seats WHERE live GROUP BY launch_id ORDER BY launch_id
      ON CONFLICT (launch_id) DO UPDATE SET live_seats = c.live_seats + excluded.live_seats;
  ELSIF TG_OP = 'UPDATE' THEN
    -- A seat may move to a launch without a row yet; a CHECK would refuse a negative insert
    -- even when it conflicts, so create missing rows at 0 first and apply the deltas after.
    INSERT INTO launch_seat_counts (launch_id)
      SELECT DISTINCT launch_id FROM new_seats WHERE live ORDER BY launch_id
      ON CONFLICT (launch_id) DO NOTHING;
    UPDATE launch_seat_counts c SET live_seats = c.live_seats + moved.delta
      FROM (
        SELECT launch_id, sum(delta) AS delta FROM (
          SELECT launch_id, 1 AS delta FROM new_seats WHERE live
          UNION ALL
          SELECT launch_id, -1 AS delta FROM old_seats WHERE live
        ) changes GROUP BY launch_id HAVING sum(delta) <> 0
      ) moved
      WHERE c.launch_id = moved.launch_id;
  ELSE
    UPDATE launch_seat_counts c SET live_seats = c.live_seats - gone.n
      FROM (SELECT launch_id, count(*) AS n FROM old_seats WHERE live GROUP BY launch_id) gone
      WHERE c.launch_id = gone.launch_id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER booking_seats_count_insert AFTER INSERT ON booking_seats REFERENCING NEW TABLE AS new_seats FOR EACH STATEMENT EXECUTE FUNCTION count_live_seats();
--> statement-breakpoint
CREATE TRIGGER booking_seats_count_update AFTER UPDATE ON booking_seats REFERENCING OLD TABLE AS old_seats NEW TABLE AS new_seats FOR EACH STATEMENT EXECUTE FUNCTION count_live_seats();
--> statement-breakpoint
CREATE TRIGGER booking_seats_count_delete AFTER DELETE ON booking_seats REFERENCING OLD TABLE AS old_seats FOR EACH STATEMENT EXECUTE FUNCTION count_live_seats();
--> statement-breakpoint
-- A sync target applies in replica mode; the counts there must follow the seats it receives.
ALTER TABLE booking_seats ENABLE ALWAYS TRIGGER booking_seats_count_insert;
--> statement-breakpoint
ALTER TABLE booking_seats ENABLE ALWAYS TRIGGER booking_seats_count_update;
--> statement-breakpoint
ALTER TABLE booking_seats ENABLE ALWAYS TRIGGER booking_seats_count_delete;
--> statement-breakpoint
INSERT INTO launch_seat_counts (launch_id, live_seats)
  SELECT launch_id, count(*) FROM booking_seats WHERE live GROUP BY launch_id;
