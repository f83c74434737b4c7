import { signOutAction } from "@/lib/auth/actions/sign-out";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-slate-500 px-3 py-1.5 text-slate-100 hover:bg-white/10">
        Sign out
      </button>
    </form>
  );
}
