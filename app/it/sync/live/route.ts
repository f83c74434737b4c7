import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { problem } from "@/lib/http/problem";
import { getSyncJob, listActiveSyncJobs } from "@/lib/sync/jobs";

export const dynamic = "force-dynamic";

// GET /it/sync/live[?id=…] — what the dashboard polls: the active jobs, or one job (IT session only).
export async function GET(request: NextRequest) {
  const actor = await getCurrentUser();
  if (!actor) return problem({ code: "unauthorized", detail: "Sign in first." });
  if (actor.role !== "it") return problem({ code: "forbidden", detail: "Only IT employees may see sync jobs." });
  const ctx = await webContext(actor);
  const id = request.nextUrl.searchParams.get("id");
  try {
    if (id) {
      if (!z.uuid().safeParse(id).success) return problem({ code: "not_found", detail: "There is no such sync job." });
      return NextResponse.json({ jobs: [await getSyncJob(ctx, id)] }, { headers: { "Cache-Control": "no-store" } });
    }
    return NextResponse.json({ jobs: await listActiveSyncJobs(ctx) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isDomainError(error)) return problem({ code: error.code, detail: error.message });
    throw error;
  }
}
