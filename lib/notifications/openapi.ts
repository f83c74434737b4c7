import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import {
  changeNotificationSchema,
  listNotificationsQuery,
  mailboxQuery,
  mailSchema,
  notificationDetailSchema,
  notificationListSchema,
  notificationSchema,
  serviceStatusSchema,
} from "./schemas";

// The IT notification operations of /api/v1, from the same zod schemas the handlers parse with.
export const NOTIFICATION_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/it/notifications",
    summary: "The outbox, filtered and sorted, with counts by status and queue",
    tag: "IT",
    auth: "bearer",
    query: listNotificationsQuery,
    response: notificationListSchema,
  },
  {
    method: "get",
    path: "/it/notifications/{id}",
    summary: "One notification with its payload and attempts",
    tag: "IT",
    auth: "bearer",
    response: notificationDetailSchema,
  },
  {
    method: "patch",
    path: "/it/notifications/{id}",
    summary: "Mark a pending or failed notification sent, or delete it (soft); 409 invalid_transition otherwise",
    tag: "IT",
    auth: "bearer",
    body: changeNotificationSchema,
    response: notificationSchema,
  },
  {
    method: "get",
    path: "/it/notifications/service-status",
    summary: "Notification service status: metrics, verdict and thresholds",
    tag: "IT",
    auth: "bearer",
    response: serviceStatusSchema,
  },
  {
    method: "get",
    path: "/it/mailbox",
    summary: "Mails stored by the built-in mailbox transport, newest first",
    tag: "IT",
    auth: "bearer",
    query: mailboxQuery,
    response: z.object({
      items: z.array(mailSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  },
];
