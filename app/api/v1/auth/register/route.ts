import { clientIp } from "@/lib/auth/client-ip";
import { registerFromApi } from "@/lib/auth/register";
import { registerBodySchema } from "@/lib/auth/schemas";
import { apiHandler, created } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/auth/register → 201 {id, email, name, role}; 409 email_taken; 429 rate_limited + Retry-After.
export const POST = apiHandler({ access: "public", body: registerBodySchema }, async ({ ctx, body, request }) =>
  created(await registerFromApi(ctx, body, { ip: clientIp(request.headers) })),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
