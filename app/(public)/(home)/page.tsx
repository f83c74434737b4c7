import { connection } from "next/server";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { cachedCatalogue, cachedCatalogueAgencies } from "@/lib/catalogue/cached";
import { catalogueQueryFromUrl, type RawParams } from "@/lib/catalogue/url";

// The catalogue with filters in the URL, rendered per request from cached query results (keyed
// by the filter). The unfiltered catalogue never reaches this page: proxy.ts serves `/` (and
// `/?page=N`) from the cached /catalogue/[page] instead.
export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection();
  const { query, values, errors } = catalogueQueryFromUrl(await searchParams);
  const [page, agencies] = await Promise.all([cachedCatalogue(query), cachedCatalogueAgencies()]);
  return <CatalogueView values={values} errors={errors} page={page} agencies={agencies} />;
}
