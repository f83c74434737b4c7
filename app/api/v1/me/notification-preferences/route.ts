import { notificationPreferencesSchema } from "@/lib/auth/account-schemas";
import { getPreferences, setPreferences } from "@/lib/auth/preferences";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET, PUT /api/v1/me/notification-preferences {vipAlerts: boolean} (travelers).
export const GET = apiHandler({ access: ["traveler"] }, ({ ctx }) => getPreferences(ctx));
export const PUT = apiHandler({ access: ["traveler"], body: notificationPreferencesSchema }, ({ ctx, body }) =>
  setPreferences(ctx, body),
);

export const { POST, PATCH, DELETE } = otherMethods("GET", "PUT");
