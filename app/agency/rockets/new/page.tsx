import { RocketForm } from "@/components/agency/rocket-form";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createRocketAction } from "../actions";

export const metadata = { title: "Add a rocket" };

export default async function NewRocketPage() {
  await requirePageRole(AREA_ROLES.agency);
  return (
    <Page title="Add a rocket">
      <Card>
        <RocketForm submit={createRocketAction} submitLabel="Add rocket" />
      </Card>
    </Page>
  );
}
