import { connection } from "next/server";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { cachedCatalogue, cachedCatalogueAgencies } from "@/lib/catalogue/cached";
import { catalogueQueryFromUrl, type RawParams } from "@/lib/catalogue/url";

// The catalogue for a query too long to be worth a cache entry (lib/catalogue/route.ts),
// rendered per request from cached query results. Every other view of `/` is a cached page:
// proxy.ts serves it from /catalogue/[page] or /catalogue/filtered/[query].
export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection();
  const { query, values, errors } = catalogueQueryFromUrl(await searchParams);
  const [page, agencies] = await Promise.all([cachedCatalogue(query), cachedCatalogueAgencies()]);
  return <CatalogueView values={values} errors={errors} page={page} agencies={agencies} />;
}
