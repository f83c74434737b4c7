import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { buildOpenApi, type ApiOperation } from "@/lib/http/openapi";
import { AGENCY_OPERATIONS } from "@/lib/agencies/openapi";
import { AUTH_OPERATIONS } from "@/lib/auth/openapi";
import { FINANCE_OPERATIONS } from "@/lib/finance/openapi";
import { BOOKING_OPERATIONS } from "@/lib/bookings/openapi";
import { CATALOGUE_OPERATIONS } from "@/lib/catalogue/openapi";
import { NOTIFICATION_OPERATIONS } from "@/lib/notifications/openapi";
import { SYNC_OPERATIONS } from "@/lib/sync/openapi";
import { otherMethods } from "@/lib/http/method-not-allowed";

// Each domain's operations (lib/<domain>/openapi.ts) are listed here.
const OPERATIONS: ApiOperation[] = [
  ...AUTH_OPERATIONS,
  ...AGENCY_OPERATIONS,
  ...FINANCE_OPERATIONS,
  ...CATALOGUE_OPERATIONS,
  ...BOOKING_OPERATIONS,
  ...NOTIFICATION_OPERATIONS,
  ...SYNC_OPERATIONS,
];

export function GET() {
  return NextResponse.json(buildOpenApi(OPERATIONS, `${getEnv().APP_URL}/api/v1`));
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
