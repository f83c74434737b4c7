"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { idInputSchema } from "@/lib/auth/account-schemas";
import { createInvitation } from "@/lib/auth/invitations";
import { revokeInvitation } from "@/lib/auth/user-admin";
import { createInvitationSchema } from "@/lib/auth/schemas";

// Invite an employee or IT employee by email (IT only; the service checks the role too).
export const createInvitationAction = safeAction(
  { access: ["it"], schema: createInvitationSchema },
  async (input, ctx) => {
    const invitation = await createInvitation(ctx, input);
    revalidatePath("/it/invitations");
    return invitation;
  },
);

// Take back a pending invitation (IT only): its link stops working at once.
export const revokeInvitationAction = safeAction({ access: ["it"], schema: idInputSchema }, async (input, ctx) => {
  await revokeInvitation(ctx, input.id);
  revalidatePath("/it/invitations");
});
