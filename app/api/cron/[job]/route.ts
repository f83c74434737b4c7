import { NextResponse, type NextRequest } from "next/server";
import { appContext } from "@/lib/app-context";
import { getEnv } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { problem } from "@/lib/http/problem";
import { isCronAuthorized } from "@/lib/jobs/cron-auth";
import { runJob } from "@/lib/jobs/run-job";
import { requestIdFrom } from "@/lib/http/request-id";

export const dynamic = "force-dynamic";

// GET /api/cron/<job>: any job of lib/jobs/registry.ts (404 for another name).
export async function GET(request: NextRequest, { params }: { params: Promise<{ job: string }> }) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  if (!isCronAuthorized(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
    return problem({ code: "unauthorized", detail: "Authorization: Bearer $CRON_SECRET is required.", requestId });
  }
  const { job } = await params;
  const ctx = appContext({ origin: `cron:${job}`, requestId });
  try {
    return NextResponse.json(await runJob(job, ctx));
  } catch (error) {
    if (isDomainError(error)) return problem({ code: error.code, detail: error.message, requestId });
    return problem({ code: "internal_error", detail: "The job failed. It has been logged.", requestId });
  }
}
