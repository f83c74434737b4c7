import Link from "next/link";
import { connection } from "next/server";
import { ScheduleLaunchForm } from "@/components/agency/schedule-launch-form";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { allRockets } from "@/lib/agencies/rockets";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { scheduleLaunchAction } from "./actions";

export const metadata = { title: "Schedule a launch" };

export default async function NewLaunchPage() {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const rockets = await allRockets(await webContext(user));
  return (
    <Page title="Schedule a launch">
      {rockets.length === 0 ? (
        <EmptyState title="You need a rocket first">
          <Link href="/agency/rockets/new" className="text-brand-700 underline">
            Add a rocket
          </Link>
          , then come back to schedule its launch.
        </EmptyState>
      ) : (
        <Card>
          <ScheduleLaunchForm rockets={rockets} submit={scheduleLaunchAction} />
        </Card>
      )}
    </Page>
  );
}
