"use server";
import { safeAction } from "@/lib/actions/safe-action";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/auth/delete-account";
import { ALL_ROLES } from "@/lib/auth/rules";

// Delete the signed-in account (its password again); the browser's cookie goes too.
export const deleteAccountAction = safeAction(
  { access: ALL_ROLES, schema: deleteAccountSchema, redirectTo: () => "/login?deleted=1" },
  async (input, ctx) => {
    await deleteAccount(ctx, input);
    await signOut({ redirect: false });
  },
);
