import Link from "next/link";
import { connection } from "next/server";
import { LaunchCard } from "@/components/agency/launch-card";
import { LaunchFilters } from "@/components/agency/launch-filters";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { Alert } from "@/components/ui/alert";
import { listRockets } from "@/lib/agencies/rockets";
import { parseSearchParams } from "@/lib/http/search-params";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { agencyKpis } from "@/lib/launches/kpis";
import { listAgencyLaunches } from "@/lib/launches/launch-queries";
import { formatUsd } from "@/lib/money";
import { launchListQuerySchema } from "@/lib/launches/schemas";

export const metadata = { title: "Agency console" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AgencyHome({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const raw = await searchParams;
  const params = {
    status: first(raw.status),
    viable: first(raw.viable),
    sort: first(raw.sort),
    order: first(raw.order),
    page: first(raw.page),
  };
  const { query, valid } = parseSearchParams(launchListQuerySchema, params);
  const ctx = await webContext(user);
  const [launches, rockets, kpis] = await Promise.all([
    // Without an explicit sort in the address: upcoming launches first, the next on top.
    listAgencyLaunches(ctx, { ...query, upcomingFirst: !params.sort && !params.order }),
    listRockets(ctx, { pageSize: 1 }),
    agencyKpis(ctx),
  ]);
  const filtered = Boolean(query.status || query.viable !== undefined);
  const actions = (
    <>
      <Link href="/agency/launches/new" className={buttonClass("primary")}>
        Schedule a launch
      </Link>
      <Link href="/agency/rockets/new" className={buttonClass("secondary")}>
        Add a rocket
      </Link>
    </>
  );
  return (
    <Page
      title="Launches"
      description={`Welcome, ${user.name}. Occupancy counts confirmed seats; a launch is viable once it reaches its minimum occupancy.`}
      actions={actions}
    >
      {!valid ? <Alert tone="warning">Some filters in the address were not understood and were ignored.</Alert> : null}
      {kpis.upcoming > 0 ? (
        <dl aria-label="Upcoming launches at a glance" className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Upcoming launches", String(kpis.upcoming)],
            ["Seats sold", String(kpis.seatsSold)],
            ["Revenue booked", formatUsd(kpis.revenueCents)],
            ["Viable", `${kpis.viable} of ${kpis.upcoming}`],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-lg font-semibold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {launches.total === 0 && !filtered ? (
        <EmptyState title="No launches yet">
          {rockets.total === 0 ? (
            <p>
              Start by{" "}
              <Link href="/agency/rockets/new" className="text-brand-700 underline">
                adding a rocket
              </Link>
              , then schedule its first launch.
            </p>
          ) : (
            <p>
              <Link href="/agency/launches/new" className="text-brand-700 underline">
                Schedule your first launch
              </Link>
              : travelers see it in the catalogue right away.
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <LaunchFilters
            status={query.status}
            viable={query.viable === undefined ? undefined : String(query.viable)}
            sort={query.sort}
            order={query.order}
          />
          {launches.items.length === 0 ? (
            <EmptyState title="No launch matches these filters">
              <Link href="/agency" className="text-brand-700 underline">
                Clear the filters
              </Link>
            </EmptyState>
          ) : (
            <ul aria-label="Launches" className="space-y-3">
              {launches.items.map((launch) => (
                <LaunchCard key={launch.id} launch={launch} />
              ))}
            </ul>
          )}
          <Pagination
            page={launches.page}
            pageSize={launches.pageSize}
            total={launches.total}
            basePath="/agency"
            query={params}
          />
        </>
      )}
    </Page>
  );
}
