import { NextResponse } from "next/server";
import { z } from "zod";
import { unsubscribeVipAlerts } from "@/lib/auth/preferences";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

const query = z.object({ token: z.string().trim().min(1, "The unsubscribe link is incomplete.").max(200) });

// POST /api/v1/unsubscribe?token=… (RFC 8058 one-click, body List-Unsubscribe=One-Click) → 200; VIP alerts off.
// A GET never unsubscribes: mail scanners open links, only the client's POST acts.
export const POST = apiHandler({ access: "public", query }, async ({ ctx, query }) => {
  await unsubscribeVipAlerts(ctx, query.token);
  return NextResponse.json({ vipAlerts: false });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
