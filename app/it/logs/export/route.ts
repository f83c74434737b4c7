import { DomainError } from "@/lib/errors";
import { sessionHandler } from "@/lib/http/session-handler";
import { exportFilename, exportLogs } from "@/lib/monitoring/log-export";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";
import { fieldErrorsOf } from "@/lib/validation";
import { rawLogQuery } from "../filter-params";

export const dynamic = "force-dynamic";

// GET /it/logs/export?<filter>&format=csv|json — the page's export (IT session), streamed.
// The filter is read like the page reads it (first value of each key, the page's defaults).
export const GET = sessionHandler({ roles: ["it"] }, async ({ ctx, request }) => {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = logFilterSchema.safeParse({ ...rawLogQuery(params), cursor: undefined, format: params.format });
  if (!parsed.success)
    throw new DomainError("validation_failed", "The filter is invalid.", fieldErrorsOf(parsed.error));
  const format = parsed.data.format ?? "csv";
  return new Response(exportLogs(ctx, parsed.data, format), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(format, ctx.now)}"`,
      "Cache-Control": "no-store",
    },
  });
});
