"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import {
  changeEmailSchema,
  nameFormSchema,
  notificationPreferencesSchema,
  travelerProfileSchema,
} from "@/lib/auth/account-schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { requestEmailChange } from "@/lib/auth/email-change";
import { setPreferences } from "@/lib/auth/preferences";
import { updateProfile } from "@/lib/auth/profile";
import { ALL_ROLES } from "@/lib/auth/rules";

// A traveler's contact and tax data; the service checks it again as a whole.
export const updateTravelerProfileAction = safeAction(
  { access: ["traveler"], schema: travelerProfileSchema },
  async (input, ctx) => {
    await updateProfile(ctx, input);
    revalidatePath("/account");
    return { message: "Your profile has been saved." };
  },
);

// Another role's display name.
export const updateNameAction = safeAction({ access: ALL_ROLES, schema: nameFormSchema }, async (input, ctx) => {
  await updateProfile(ctx, input);
  revalidatePath("/account");
  return { message: "Your name has been saved." };
});

// Email change: a link to the new address, a notice to the old; sign-in keeps the old one until it is used.
export const changeEmailAction = safeAction({ access: ALL_ROLES, schema: changeEmailSchema }, async (input, ctx) => {
  const { pendingEmail } = await requestEmailChange(ctx, input, { ip: clientIp(await headers()) });
  revalidatePath("/account");
  return {
    message: `We have sent a confirmation link to ${pendingEmail}. Until you open it, sign in with your current address.`,
  };
});

// VIP new-launch alerts on or off (travelers).
export const setPreferencesAction = safeAction(
  { access: ["traveler"], schema: notificationPreferencesSchema },
  async (input, ctx) => {
    const saved = await setPreferences(ctx, input);
    revalidatePath("/account");
    return { message: saved.vipAlerts ? "New-launch alerts are on." : "New-launch alerts are off." };
  },
);
