import { revokeSession } from "@/lib/auth/sessions";
import { apiHandler, noContent } from "@/lib/http/api-handler";
import { logEvent } from "@/lib/monitoring/log-event";
import { otherMethods } from "@/lib/http/method-not-allowed";

// POST /api/v1/auth/logout → 204; the token's session is revoked, so the token is refused from now on.
export const POST = apiHandler({ access: "signed-in" }, async ({ ctx, actor }) => {
  if (actor?.sessionId) {
    await revokeSession(ctx, actor.sessionId);
    await logEvent(ctx, { event: "auth.sign_out", details: { sessionId: actor.sessionId, kind: "api" } });
  }
  return noContent();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
