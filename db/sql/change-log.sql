-- The change log: one trigger function shared by every domain table. The origin, actor
-- and request id come from per-transaction settings made by lib/context withTransaction.
CREATE OR REPLACE FUNCTION record_change() RETURNS trigger AS $$
DECLARE
  row_data jsonb;
  row_key text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    row_data := to_jsonb(OLD);
  ELSE
    row_data := to_jsonb(NEW);
  END IF;
  row_key := coalesce(row_data->>'id', '');
  -- Secrets never leave the primary through the change log.
  row_data := row_data - 'password_hash' - 'token_hash';
  INSERT INTO change_log (table_name, row_id, op, data, origin, actor_id, request_id)
  VALUES (
    TG_TABLE_NAME,
    row_key,
    lower(TG_OP),
    row_data,
    coalesce(nullif(current_setting('app.origin', true), ''), 'unknown'),
    nullif(current_setting('app.actor', true), ''),
    nullif(current_setting('app.request_id', true), '')
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
