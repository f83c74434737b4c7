import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { buildOpenApi, type ApiOperation } from "@/lib/http/openapi";
import { AGENCY_OPERATIONS } from "@/lib/agencies/openapi";
import { AUTH_OPERATIONS } from "@/lib/auth/openapi";
import { FINANCE_OPERATIONS } from "@/lib/finance/openapi";

// Each domain's operations (lib/<domain>/openapi.ts) are listed here.
const OPERATIONS: ApiOperation[] = [
  ...AUTH_OPERATIONS,
  ...AGENCY_OPERATIONS,
  ...FINANCE_OPERATIONS,
];

export function GET() {
  return NextResponse.json(buildOpenApi(OPERATIONS, `${getEnv().APP_URL}/api/v1`));
}
