import { NextResponse } from "next/server";
import { exportMyData } from "@/lib/auth/export-data";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/me/export → 200 JSON download of the user's data (no secrets).
export const GET = apiHandler({ access: "signed-in" }, async ({ ctx }) =>
  NextResponse.json(await exportMyData(ctx), {
    headers: {
      "Content-Disposition": `attachment; filename="astrobookings-my-data-${ctx.now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
