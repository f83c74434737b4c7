import { apiHandler } from "@/lib/http/api-handler";
import { exportFilename, exportLogs } from "@/lib/monitoring/log-export";
import { searchLogs } from "@/lib/monitoring/log-query";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";

export const dynamic = "force-dynamic";

// GET /api/v1/it/logs?from&to&preset&level&event&actor&q&sort&cursor&pageSize
//   → {items, nextCursor, total, totalCapped, pageSize} (keyset pages: pass nextCursor back as `cursor`)
// GET /api/v1/it/logs?…&format=csv|json → the whole filter, streamed as a download.
export const GET = apiHandler({ access: ["it"], query: logFilterSchema }, async ({ ctx, query }) => {
  if (query.format) {
    const type = query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
    return new Response(exportLogs(ctx, { ...query, cursor: undefined }, query.format), {
      headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${exportFilename(query.format, ctx.now)}"`, "Cache-Control": "no-store" },
    });
  }
  return searchLogs(ctx, query);
});
