import { NextResponse } from "next/server";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { problem } from "@/lib/http/problem";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { providerInfo } from "@/lib/notifications/transport";

export const dynamic = "force-dynamic";

// GET /it/notifications/status/live: the status page polls this with its session cookie
// (the /api/v1 twin takes a bearer token). IT employees only, checked here.
export async function GET() {
  const actor = await getCurrentUser();
  if (!actor) return problem({ code: "unauthorized", detail: "Sign in first." });
  if (actor.role !== "it") return problem({ code: "forbidden", detail: "Only IT employees may see this." });
  const status = await getServiceStatus(await webContext(actor), providerInfo(), process.uptime());
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
}
