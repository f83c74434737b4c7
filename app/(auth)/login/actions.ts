"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth/auth";
import { ACCOUNT_DISABLED_MESSAGE } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { webContext } from "@/lib/auth/current-user";
import { signInRetryAfter } from "@/lib/auth/rate-limit";
import { HOME_BY_ROLE, safeCallbackPath } from "@/lib/auth/rules";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { findUserByEmail } from "@/lib/auth/users";
import { fieldErrorsOf } from "@/lib/validation";

// Sign in with email and password, then go back where the visitor came from (same site only).
export async function signInAction(input: SignInInput): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const ctx = await webContext(null);
      const seconds = await signInRetryAfter(ctx, email, clientIp(await headers()));
      return {
        ok: false,
        error: `Too many failed attempts. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minute(s).`,
        retryAfterSeconds: seconds,
      };
    }
    if (error instanceof CredentialsSignin && error.code === "account_disabled")
      return { ok: false, error: ACCOUNT_DISABLED_MESSAGE };
    if (error instanceof AuthError) return { ok: false, error: "The email or password is incorrect." };
    throw error;
  }
  const user = await findUserByEmail(await webContext(null), email);
  redirect(safeCallbackPath(callbackUrl, user ? HOME_BY_ROLE[user.role] : "/"));
}
