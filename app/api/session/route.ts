import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { sessionSummary } from "@/lib/auth/session-summary";

// The personal part of the cached public pages (header, unverified-email banner, a traveler's
// seat allowance on a launch page), fetched by the browser: the pages themselves carry nothing
// personal, so one cached copy serves every visitor. Never cached anywhere.
const querySchema = z.object({ launchId: z.uuid().optional() });

export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({ launchId: request.nextUrl.searchParams.get("launchId") ?? undefined });
  const launchId = parsed.success ? parsed.data.launchId : undefined;
  const user = await getCurrentUser();
  const summary = await sessionSummary(await webContext(user), launchId);
  return NextResponse.json(summary, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
