"use server";
import { headers } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { signOut } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { deleteAccount } from "@/lib/auth/delete-account";
import { ALL_ROLES } from "@/lib/auth/rules";

// Delete the signed-in account (its password again); the browser's cookie goes too.
export const deleteAccountAction = safeAction(
  { access: ALL_ROLES, schema: deleteAccountSchema, redirectTo: () => "/login?deleted=1" },
  async (input, ctx) => {
    await deleteAccount(ctx, input, { ip: clientIp(await headers()) });
    await signOut({ redirect: false });
  },
);
