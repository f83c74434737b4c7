"use server";
import { headers } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { clientIp } from "@/lib/auth/client-ip";
import { ALL_ROLES } from "@/lib/auth/rules";
import { changePasswordFormSchema } from "@/lib/auth/schemas";
import { logEvent } from "@/lib/monitoring/log-event";

export interface PasswordChanged {
  /** False when the new session for this browser could not be opened: the user signs in again. */
  staySignedIn: boolean;
}

// Change the signed-in user's password (any role). The service revokes every session of
// the user, this one included; this browser then gets a fresh session with the new password
// and is sent back to the page (a redirect, so the page renders with the new session cookie).
export const changePasswordAction = safeAction(
  {
    access: ALL_ROLES,
    schema: changePasswordFormSchema,
    redirectTo: (done: PasswordChanged) => (done.staySignedIn ? "/account/password?changed=1" : undefined),
  },
  async (input, ctx): Promise<PasswordChanged> => {
    const actor = ctx.actor!; // safeAction let only a signed-in user through
    await changePassword(ctx, input, { ip: clientIp(await headers()) });
    try {
      await signIn("credentials", { email: actor.email, password: input.newPassword, redirect: false });
      return { staySignedIn: true };
    } catch (error) {
      // The password has changed either way; only the convenience of staying signed in is lost.
      await logEvent(ctx, {
        level: "warn",
        event: "auth.password_changed_resign_failed",
        message: error instanceof Error ? error.message : String(error),
      });
      return { staySignedIn: false };
    }
  },
);
