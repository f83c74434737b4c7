import { NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";
import { checkHealth } from "@/lib/monitoring/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDbHandle(), new Date());
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
