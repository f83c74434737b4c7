import { AGENCY_OPERATIONS } from "@/lib/agencies/openapi";
import { ACCOUNT_OPERATIONS } from "@/lib/auth/account-openapi";
import { AUTH_OPERATIONS } from "@/lib/auth/openapi";
import { BOOKING_OPERATIONS } from "@/lib/bookings/openapi";
import { CATALOGUE_OPERATIONS } from "@/lib/catalogue/openapi";
import { FINANCE_OPERATIONS } from "@/lib/finance/openapi";
import { NOTIFICATION_OPERATIONS } from "@/lib/notifications/openapi";
import { SYNC_OPERATIONS } from "@/lib/sync/openapi";
import type { ApiOperation } from "./openapi";

/** Every documented /api/v1 operation; each domain lists its own in lib/<domain>/openapi.ts. */
export const API_OPERATIONS: ApiOperation[] = [
  ...AUTH_OPERATIONS,
  ...ACCOUNT_OPERATIONS,
  ...AGENCY_OPERATIONS,
  ...FINANCE_OPERATIONS,
  ...CATALOGUE_OPERATIONS,
  ...BOOKING_OPERATIONS,
  ...NOTIFICATION_OPERATIONS,
  ...SYNC_OPERATIONS,
];
