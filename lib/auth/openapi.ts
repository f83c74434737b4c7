import { z } from "zod";
import { meDetailsSchema } from "./account-schemas";
import type { ApiOperation } from "@/lib/http/openapi";
import {
  confirmEmailSchema,
  createInvitationSchema,
  invitationSchema,
  pageQuerySchema,
  registerBodySchema,
  registeredUserSchema,
  tokenRequestSchema,
  tokenResponseSchema,
} from "./schemas";

// The auth operations of /api/v1, documented from the same zod schemas the handlers parse with.
export const AUTH_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/auth/register",
    summary: "Register a traveler or agency (employee/it with an invitationToken)",
    tag: "Auth",
    auth: "public",
    body: registerBodySchema,
    response: registeredUserSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/auth/token",
    summary: "Exchange email and password for a 1 h bearer token",
    tag: "Auth",
    auth: "public",
    body: tokenRequestSchema,
    response: tokenResponseSchema,
  },
  {
    method: "post",
    path: "/auth/logout",
    summary: "Revoke the bearer token's session",
    tag: "Auth",
    auth: "bearer",
    status: 204,
  },
  {
    method: "post",
    path: "/auth/confirm-email",
    summary: "Confirm an email address with the emailed token",
    tag: "Auth",
    auth: "public",
    body: confirmEmailSchema,
    status: 204,
  },
  { method: "get", path: "/me", summary: "The signed-in user", tag: "Auth", auth: "bearer", response: meDetailsSchema },
  {
    method: "post",
    path: "/it/invitations",
    summary: "Invite an employee or IT employee by email",
    tag: "IT",
    auth: "bearer",
    body: createInvitationSchema,
    response: invitationSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/it/invitations",
    summary: "Invitations with their status, newest first",
    tag: "IT",
    auth: "bearer",
    query: pageQuerySchema,
    response: z.object({
      items: z.array(invitationSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  },
];
