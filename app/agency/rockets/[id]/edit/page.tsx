import { connection } from "next/server";
import { notFound } from "next/navigation";
import { RocketForm } from "@/components/agency/rocket-form";
import { Card, Page } from "@/components/ui/page";
import { getRocket } from "@/lib/agencies/rockets";
import type { RocketInput } from "@/lib/agencies/rocket-schemas";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isDomainError } from "@/lib/errors";
import { updateRocketAction } from "../../actions";

export const metadata = { title: "Edit rocket" };

export default async function EditRocketPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const { id } = await params;
  const rocket = await getRocket(await webContext(user), id).catch((e) => {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  });
  async function save(input: RocketInput) {
    "use server";
    return updateRocketAction({ ...input, id });
  }
  return (
    <Page title={`Edit ${rocket.name}`}>
      <Card>
        <RocketForm rocket={rocket} submit={save} submitLabel="Save rocket" />
      </Card>
    </Page>
  );
}
