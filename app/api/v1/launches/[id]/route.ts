import { apiHandler } from "@/lib/http/api-handler";
import { getLaunchDetail } from "@/lib/catalogue/queries";
import { DomainError } from "@/lib/errors";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { idParams } from "@/lib/validation";

export const GET = apiHandler({ access: "public", params: idParams }, async ({ ctx, params }) => {
  const launch = await getLaunchDetail(ctx, { id: params.id });
  if (!launch) throw new DomainError("not_found", "There is no such launch.");
  return launch;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
