// The agency console operations of /api/v1, documented from the schemas the handlers parse with.
import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import {
  agencyLaunchDetailSchema,
  agencyLaunchSchema,
  changeStatusSchema,
  launchListQuerySchema,
  scheduleLaunchSchema,
} from "@/lib/launches/schemas";
import { agencyProfileSchema } from "./profile-schema";
import { pageQuerySchema, rocketInputSchema, rocketPatchSchema, rocketSchema } from "./rocket-schemas";

const tag = "Agency console";
const pageOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const profileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  contactEmail: z.string(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  country: z.string(),
  taxId: z.string(),
  updatedAt: z.string(),
});

const reportSchema = z.object({
  launch: agencyLaunchSchema,
  rows: z.array(
    z.object({
      reference: z.string(),
      status: z.enum(["confirmed", "cancelled"]),
      travelerName: z.string(),
      travelerEmail: z.string(),
      taxId: z.string().nullable(),
      passengers: z.array(z.string()),
      seats: z.array(z.number().int()),
      amountCents: z.number().int(),
      refundCents: z.number().int(),
    }),
  ),
  totals: z.object({
    bookings: z.number().int(),
    passengers: z.number().int(),
    seats: z.number().int(),
    amountCents: z.number().int(),
    refundCents: z.number().int(),
    revenueCents: z.number().int(),
  }),
});

export const AGENCY_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/agency/profile",
    summary: "The agency's profile",
    tag,
    auth: "bearer",
    response: profileSchema,
  },
  {
    method: "put",
    path: "/agency/profile",
    summary: "Replace the agency's profile",
    tag,
    auth: "bearer",
    body: agencyProfileSchema,
    response: profileSchema,
  },
  {
    method: "get",
    path: "/agency/rockets",
    summary: "The agency's rockets",
    tag,
    auth: "bearer",
    query: pageQuerySchema,
    response: pageOf(rocketSchema),
  },
  {
    method: "post",
    path: "/agency/rockets",
    summary: "Add a rocket (name unique within the agency, capacity 1–100)",
    tag,
    auth: "bearer",
    body: rocketInputSchema,
    response: rocketSchema,
    status: 201,
  },
  { method: "get", path: "/agency/rockets/{id}", summary: "One rocket", tag, auth: "bearer", response: rocketSchema },
  {
    method: "patch",
    path: "/agency/rockets/{id}",
    summary: "Edit a rocket (capacity never below seats sold)",
    tag,
    auth: "bearer",
    body: rocketPatchSchema,
    response: rocketSchema,
  },
  {
    method: "delete",
    path: "/agency/rockets/{id}",
    summary: "Delete a rocket; 409 conflict while it has launches",
    tag,
    auth: "bearer",
    status: 204,
  },
  {
    method: "get",
    path: "/agency/launches",
    summary: "The agency's launches with occupancy and viability",
    tag,
    auth: "bearer",
    query: launchListQuerySchema,
    response: pageOf(agencyLaunchSchema),
  },
  {
    method: "post",
    path: "/agency/launches",
    summary: "Schedule a launch (≥ 24 h ahead, 7 days between launches of one rocket)",
    tag,
    auth: "bearer",
    body: scheduleLaunchSchema,
    response: agencyLaunchSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/agency/launches/{id}",
    summary: "One launch with its status history",
    tag,
    auth: "bearer",
    response: agencyLaunchDetailSchema,
  },
  {
    method: "post",
    path: "/agency/launches/{id}/status",
    summary: "Change the status (delay, abort, successful, failed); 409 invalid_transition",
    tag,
    auth: "bearer",
    body: changeStatusSchema,
    response: agencyLaunchDetailSchema,
  },
  {
    method: "get",
    path: "/agency/launches/{id}/bookings-report",
    summary: "Bookings report of a successful launch; ?format=csv for text/csv",
    tag,
    auth: "bearer",
    query: z.object({ format: z.enum(["json", "csv"]).optional() }),
    response: reportSchema,
  },
];
