import { apiHandler } from "@/lib/http/api-handler";
import { getLaunchDetail } from "@/lib/catalogue/queries";
import { DomainError } from "@/lib/errors";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiHandler<undefined, undefined, { id: string }>({ access: "public" }, async ({ ctx, params }) => {
  const launch = await getLaunchDetail(ctx, { id: params.id });
  if (!launch) throw new DomainError("not_found", "There is no such launch.");
  return launch;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
