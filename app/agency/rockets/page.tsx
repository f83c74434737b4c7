import Link from "next/link";
import { connection } from "next/server";
import { DeleteRocketButton } from "@/components/agency/delete-rocket-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { pageQuerySchema } from "@/lib/agencies/rocket-schemas";
import { listRockets } from "@/lib/agencies/rockets";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { RANGE_LABELS } from "@/lib/launches/rules";
import { deleteRocketAction } from "./actions";

export const metadata = { title: "Rockets" };

export default async function RocketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const sp = await searchParams;
  const query = pageQuerySchema.safeParse({ page: sp.page });
  const page = await listRockets(await webContext(user), query.success ? query.data : { page: 1 });
  return (
    <Page
      title="Rockets"
      description="Your fleet. A rocket with scheduled or delayed launches cannot be deleted."
      actions={
        <Link href="/agency/rockets/new" className={buttonClass("primary")}>
          Add a rocket
        </Link>
      }
    >
      {sp.created ? <Alert tone="success">Rocket added.</Alert> : null}
      {sp.updated ? <Alert tone="success">Rocket saved.</Alert> : null}
      {page.total === 0 ? (
        <EmptyState title="No rockets yet">
          <Link href="/agency/rockets/new" className="text-brand-700 underline">
            Add your first rocket
          </Link>{" "}
          to schedule launches.
        </EmptyState>
      ) : (
        <ul aria-label="Rockets" className="mt-4 space-y-3">
          {page.items.map((r) => (
            <li
              key={r.id}
              className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <div>
                <p className="font-medium text-slate-900">{r.name}</p>
                <p className="text-sm text-slate-600">
                  {r.capacity} seats · {RANGE_LABELS[r.range]} range
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                <Link
                  href={`/agency/rockets/${r.id}/edit`}
                  className={buttonClass("secondary")}
                  aria-label={`Edit ${r.name}`}
                >
                  Edit
                </Link>
                <DeleteRocketButton id={r.id} name={r.name} remove={deleteRocketAction} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath="/agency/rockets" query={{}} />
    </Page>
  );
}
