import "server-only";
import pino from "pino";

// JSON lines on stdout; the activity log (log-event.ts) keeps the significant ones.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "astrobookings" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
