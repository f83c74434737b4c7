import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { buildOpenApi, type ApiOperation } from "@/lib/http/openapi";

// Each domain's operations (lib/<domain>/openapi.ts) are listed here.
const OPERATIONS: ApiOperation[] = [];

export function GET() {
  return NextResponse.json(buildOpenApi(OPERATIONS, `${getEnv().APP_URL}/api/v1`));
}
