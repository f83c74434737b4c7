import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import {
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  resetRequestedSchema,
  userAdminViewSchema,
  userListQuerySchema,
} from "./account-schemas";

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// The self-service (Account) operations, documented from the schemas the handlers parse with.
export const ACCOUNT_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/auth/password-reset",
    summary: "Mail a single-use, 1-hour password-reset link (the same answer for any email)",
    tag: "Account",
    auth: "public",
    body: passwordResetRequestSchema,
    response: resetRequestedSchema,
    status: 202,
  },
  {
    method: "post",
    path: "/auth/password-reset/confirm",
    summary: "Set a new password with the emailed token; every session is revoked",
    tag: "Account",
    auth: "public",
    body: passwordResetConfirmSchema,
    status: 204,
  },
  {
    method: "get",
    path: "/it/users",
    summary: "Find users by email or name, role and status",
    tag: "IT",
    auth: "bearer",
    query: userListQuerySchema,
    response: page(userAdminViewSchema),
  },
  {
    method: "post",
    path: "/it/users/{id}/deactivate",
    summary: "Deactivate an account: sessions revoked, sign-in refused (403 account_disabled)",
    tag: "IT",
    auth: "bearer",
    response: userAdminViewSchema,
  },
  {
    method: "post",
    path: "/it/users/{id}/reactivate",
    summary: "Reactivate a deactivated account",
    tag: "IT",
    auth: "bearer",
    response: userAdminViewSchema,
  },
  {
    method: "delete",
    path: "/it/invitations/{id}",
    summary: "Revoke a pending invitation",
    tag: "IT",
    auth: "bearer",
    status: 204,
  },
];
