"use client";
import { useSession } from "@/components/session/use-session";
import { ResendConfirmationButton } from "./resend-confirmation-button";

/** Shown to a signed-in user whose address is not confirmed yet (they may use the app meanwhile); a client island. */
export function UnverifiedEmailBanner() {
  const user = useSession()?.user;
  if (!user?.emailUnverified) return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 text-sm text-amber-900">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
        <span>
          Please confirm your email address: we sent a link to <strong className="break-all">{user.email}</strong>.
        </span>
        <ResendConfirmationButton />
      </p>
    </div>
  );
}
