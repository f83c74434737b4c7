"use server";
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { createInvitation } from "@/lib/auth/invitations";
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
