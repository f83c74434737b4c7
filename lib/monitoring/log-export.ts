import "server-only";
import type { Ctx } from "@/lib/context";
import { toCsv } from "@/lib/csv";
import { logPage } from "./log-query";
import { EXPORT_BATCH } from "./log-rules";
import type { LogEntryView, LogFilter } from "./log-schemas";
import { requireRole } from "@/lib/auth/require-role";

const CSV_COLUMNS = ["id", "at", "level", "event", "actor", "actorId", "requestId", "message", "details"] as const;

const csvRows = (items: LogEntryView[]) =>
  items.map((e) => CSV_COLUMNS.map((c) => (c === "details" ? JSON.stringify(e.details) : (e[c] ?? ""))));

/**
 * The current filter as CSV or JSON, streamed: each pull reads the next keyset batch,
 * so memory holds one batch whatever the number of rows.
 */
export function exportLogs(ctx: Ctx, filter: LogFilter, format: "csv" | "json"): ReadableStream<Uint8Array> {
  requireRole(ctx, ["it"]);
  const encoder = new TextEncoder();
  let cursor: string | undefined = undefined;
  let first = true;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (finished) return;
      try {
        const page = await logPage(ctx, { ...filter, cursor }, EXPORT_BATCH);
        let chunk = "";
        if (format === "csv") {
          chunk = toCsv(csvRows(page.items), { header: first, columns: [...CSV_COLUMNS] });
        } else {
          const body = page.items.map((e) => JSON.stringify(e)).join(",\n");
          chunk = (first ? "[\n" : body ? ",\n" : "") + body + (page.nextCursor ? "" : "\n]\n");
        }
        first = false;
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (!page.nextCursor) {
          finished = true;
          controller.close();
        } else {
          cursor = page.nextCursor;
        }
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

export function exportFilename(format: "csv" | "json", now: Date): string {
  return `activity-log-${now.toISOString().slice(0, 19).replace(/[:T]/g, "-")}.${format}`;
}
