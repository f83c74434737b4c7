import { apiHandler } from "@/lib/http/api-handler";
import { listMailbox } from "@/lib/notifications/mailbox-queries";
import { mailboxQuery } from "@/lib/notifications/schemas";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/it/mailbox?to&page&pageSize → {items, total, page, pageSize}: mails the built-in transport stored.
export const GET = apiHandler({ access: ["it"], query: mailboxQuery }, ({ ctx, query }) => listMailbox(ctx, query));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
