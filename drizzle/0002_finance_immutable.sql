-- An issued invoice is a legal document: its issued fields never change and it is never
-- deleted (corrections go through credit notes). Status, the paid/credited running totals
-- and the reminder clock are the only columns that move.
CREATE OR REPLACE FUNCTION refuse_invoice_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an issued invoice cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number OR NEW.year IS DISTINCT FROM OLD.year
     OR NEW.sequence IS DISTINCT FROM OLD.sequence OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id OR NEW.launch_id IS DISTINCT FROM OLD.launch_id
     OR NEW.revenue_cents IS DISTINCT FROM OLD.revenue_cents OR NEW.fee_rate_bp IS DISTINCT FROM OLD.fee_rate_bp
     OR NEW.reliability IS DISTINCT FROM OLD.reliability OR NEW.total_cents IS DISTINCT FROM OLD.total_cents
     OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.due_at IS DISTINCT FROM OLD.due_at
     OR NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.abort_reason IS DISTINCT FROM OLD.abort_reason
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'the issued fields of invoice % are immutable', OLD.number USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION refuse_invoice_change();
--> statement-breakpoint
-- Credit notes, payments received and reminders sent are records: never changed, never deleted.
CREATE OR REPLACE FUNCTION refuse_record_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER credit_notes_append_only BEFORE UPDATE OR DELETE ON credit_notes FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
--> statement-breakpoint
CREATE TRIGGER invoice_payments_append_only BEFORE UPDATE OR DELETE ON invoice_payments FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
--> statement-breakpoint
CREATE TRIGGER invoice_reminders_append_only BEFORE UPDATE OR DELETE ON invoice_reminders FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
