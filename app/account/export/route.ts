import { NextResponse } from "next/server";
import { exportMyData } from "@/lib/auth/export-data";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";

// "Download my data" from /account: the same export as GET /api/v1/me/export, for the browser's session.
export async function GET() {
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const ctx = await webContext(actor);
  return NextResponse.json(await exportMyData(ctx), {
    headers: {
      "Content-Disposition": `attachment; filename="astrobookings-my-data-${ctx.now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
