import { connection } from "next/server";
import { Page } from "@/components/ui/page";

export default async function HomePage() {
  await connection();
  return (
    <Page title="Upcoming launches" description="Book your seat on the next commercial flight to space.">
      <p className="text-slate-600">The launch catalogue is on its way.</p>
    </Page>
  );
}
