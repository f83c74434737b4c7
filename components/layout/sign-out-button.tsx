import { signOutAction } from "@/lib/auth/actions/sign-out";

export function SignOutButton({
  className = "rounded border border-slate-500 px-3 py-1.5 text-slate-100 hover:bg-white/10",
}: {
  className?: string;
}) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
