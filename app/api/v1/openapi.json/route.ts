import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { API_OPERATIONS } from "@/lib/http/api-operations";
import { buildOpenApi } from "@/lib/http/openapi";
import { otherMethods } from "@/lib/http/method-not-allowed";

export function GET() {
  return NextResponse.json(buildOpenApi(API_OPERATIONS, `${getEnv().APP_URL}/api/v1`));
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
