import { createInvitation, listInvitations } from "@/lib/auth/invitations";
import { createInvitationSchema, pageQuerySchema } from "@/lib/auth/schemas";
import { apiHandler, created } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/it/invitations {email, role} → 201 (the invitation mail is queued).
export const POST = apiHandler({ access: ["it"], body: createInvitationSchema }, async ({ ctx, body }) =>
  created(await createInvitation(ctx, body)),
);

// GET /api/v1/it/invitations?page&pageSize → {items, total, page, pageSize}
export const GET = apiHandler({ access: ["it"], query: pageQuerySchema }, ({ ctx, query }) =>
  listInvitations(ctx, query),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
