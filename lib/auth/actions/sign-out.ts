"use server";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/sessions";
import { logEvent } from "@/lib/monitoring/log-event";

// Sign out: revoke the session server-side (the JWT is refused from now on), then clear the cookie.
export async function signOutAction(): Promise<void> {
  const actor = await getCurrentUser();
  if (actor?.sessionId) {
    const ctx = await webContext(actor);
    await revokeSession(ctx, actor.sessionId);
    await logEvent(ctx, { event: "auth.sign_out", details: { sessionId: actor.sessionId } });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
