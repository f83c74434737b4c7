import { userListQuerySchema } from "@/lib/auth/account-schemas";
import { listUsers } from "@/lib/auth/user-admin";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/it/users?q&role&status&page&pageSize → {items: [{id, email, name, role, status, createdAt}], total, page, pageSize}
export const GET = apiHandler({ access: ["it"], query: userListQuerySchema }, ({ ctx, query }) =>
  listUsers(ctx, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
