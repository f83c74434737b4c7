import { getMe } from "@/lib/auth/me";
import { apiHandler } from "@/lib/http/api-handler";
import { otherMethods } from "@/lib/http/method-not-allowed";

// GET /api/v1/me → {id, email, name, role, emailVerified, vip}
export const GET = apiHandler({ access: "signed-in" }, ({ ctx }) => getMe(ctx));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
