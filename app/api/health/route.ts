import { NextResponse } from "next/server";
import { checkAppHealth } from "@/lib/monitoring/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkAppHealth(new Date());
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
