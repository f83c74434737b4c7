"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { idInputSchema } from "@/lib/auth/account-schemas";
import { setUserDisabled } from "@/lib/auth/user-admin";

// Deactivate an account (sessions revoked, sign-in refused) or reactivate it; IT only, logged with who.
export const deactivateUserAction = safeAction({ access: ["it"], schema: idInputSchema }, async (input, ctx) => {
  await setUserDisabled(ctx, input.id, true);
  revalidatePath("/it/users");
});

export const reactivateUserAction = safeAction({ access: ["it"], schema: idInputSchema }, async (input, ctx) => {
  await setUserDisabled(ctx, input.id, false);
  revalidatePath("/it/users");
});
