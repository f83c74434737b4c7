// Domain tables whose every write is recorded in change_log (origin, actor, request id).
// A new domain table attaches to the change log with one line here.
export const CHANGE_LOG_TABLES = [
  "users",
  "agencies",
  "rockets",
  "launches",
  "launch_status_history",
  "bookings",
  "booking_seats",
  "payments",
  "invoices",
  "invoice_status_history",
  "invoice_payments",
  "credit_notes",
  "invoice_reminders",
] as const;
