import { apiHandler } from "@/lib/http/api-handler";
import { exportFilename, exportLogs } from "@/lib/monitoring/log-export";
import { listLogs, logListQuerySchema } from "@/lib/monitoring/log-list";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

// GET /api/v1/it/logs?from&to&preset&level&event&actor&q&sort&page&pageSize
//   → {items, total, page, pageSize, nextCursor, totalCapped} (the API's list convention: page 1.., pageSize ≤ 100, default 20);
//   or …&cursor=<nextCursor> for the keyset page after it (page null).
// GET /api/v1/it/logs?…&format=csv|json → the whole filter, streamed as a download.
export const GET = apiHandler({ access: ["it"], query: logListQuerySchema }, async ({ ctx, query }) => {
  if (query.format) {
    const type = query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
    return new Response(exportLogs(ctx, { ...query, cursor: undefined }, query.format), {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${exportFilename(query.format, ctx.now)}"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return listLogs(ctx, query);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
