import type { NextRequest } from "next/server";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { problem } from "@/lib/http/problem";
import { exportFilename, exportLogs } from "@/lib/monitoring/log-export";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";
import { fieldErrorsOf } from "@/lib/validation";
import { rawLogQuery } from "../filter-params";

export const dynamic = "force-dynamic";

// GET /it/logs/export?<filter>&format=csv|json — the page's export (IT session), streamed.
export async function GET(request: NextRequest) {
  const actor = await getCurrentUser();
  if (!actor) return problem({ code: "unauthorized", detail: "Sign in first." });
  if (actor.role !== "it") return problem({ code: "forbidden", detail: "Only IT employees may export the logs." });
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = logFilterSchema.safeParse({ ...rawLogQuery(params), cursor: undefined, format: params.format });
  if (!parsed.success)
    return problem({
      code: "validation_failed",
      detail: "The filter is invalid.",
      errors: fieldErrorsOf(parsed.error),
    });
  const format = parsed.data.format ?? "csv";
  const ctx = await webContext(actor);
  return new Response(exportLogs(ctx, parsed.data, format), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(format, ctx.now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
