import { signApiToken } from "@/lib/auth/api-tokens";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { API_TOKEN_SECONDS } from "@/lib/auth/rules";
import { tokenRequestSchema } from "@/lib/auth/schemas";
import { getEnv } from "@/lib/env";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/auth/token → {accessToken, tokenType, expiresIn}; 401 invalid_credentials; 429 rate_limited + Retry-After.
export const POST = apiHandler({ access: "public", body: tokenRequestSchema }, async ({ ctx, body, request }) => {
  const actor = await authenticate(
    ctx,
    { email: body.email, password: body.password, ip: clientIp(request.headers) },
    "api",
  );
  const accessToken = await signApiToken(
    { sub: actor.id, role: actor.role, sid: actor.sessionId! },
    getEnv().AUTH_SECRET,
    ctx.now,
  );
  return { accessToken, tokenType: "Bearer" as const, expiresIn: API_TOKEN_SECONDS };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
