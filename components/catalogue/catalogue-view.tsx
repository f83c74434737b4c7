import { CatalogueFilters } from "@/components/catalogue/catalogue-filters";
import { toLaunchCard } from "@/components/catalogue/launch-card";
import { LaunchList } from "@/components/catalogue/launch-list";
import { NextLaunchHero } from "@/components/catalogue/next-launch-hero";
import { Alert } from "@/components/ui/alert";
import { EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import type { CatalogueItem, Paged } from "@/lib/catalogue/queries";
import type { FilterValues } from "@/lib/catalogue/url";

/**
 * The catalogue as the visitor sees it, for the cached default view (/catalogue/[page]) and the
 * per-request filtered one (/?…). Public data only: it takes everything as props and reads no
 * session, cookie or header, so it may be cached whole (see docs/performance.md).
 */
export function CatalogueView({
  values,
  errors,
  page,
  agencies,
}: {
  values: FilterValues;
  errors: string[];
  page: Paged<CatalogueItem>;
  agencies: { id: string; name: string }[];
}) {
  const filtered = Object.values(values).some((v) => v !== undefined && v !== "date" && v !== "asc");
  return (
    <Page title="Upcoming launches" description="Book your seat on the next commercial flight to space.">
      {/* The unfiltered first page is sorted by date: its first item is the next launch. */}
      {!filtered && page.page === 1 && page.items[0] ? <NextLaunchHero launch={page.items[0]} /> : null}
      <CatalogueFilters values={values} agencies={agencies} />
      {errors.length ? (
        <div className="mb-4">
          <Alert tone="warning">Some filters were not understood and were ignored: {errors.join(" ")}</Alert>
        </div>
      ) : null}
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {page.total} launch{page.total === 1 ? "" : "es"} found
      </p>
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? "No launch matches these filters" : "No launches open for booking yet"}>
          {filtered
            ? "Try a wider date or price range, or clear the filters."
            : "Agencies schedule new flights often; come back soon."}
        </EmptyState>
      ) : (
        <LaunchList items={page.items.map(toLaunchCard)} />
      )}
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath="/" query={values} />
    </Page>
  );
}
