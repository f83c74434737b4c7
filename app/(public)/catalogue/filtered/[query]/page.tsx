import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { cachedCatalogue, cachedCatalogueAgencies } from "@/lib/catalogue/cached";
import { queryOfFilteredSegment } from "@/lib/catalogue/route";
import { catalogueQueryFromUrl } from "@/lib/catalogue/url";

// The catalogue with filters, one cached page per filter: proxy.ts rewrites `/?destination=…`
// here with the query in its canonical form, base64url-encoded (lib/catalogue/route.ts). Like /catalogue/[page],
// rendered on first visit and made again when the catalogue tag is invalidated or after its
// revalidate time; kept in memory only (cache-handler.mjs), so links with ever new filters
// cannot fill the disk.
export const revalidate = 3;
export const generateStaticParams = async (): Promise<{ query: string }[]> => [];

export default async function FilteredCataloguePage({ params }: { params: Promise<{ query: string }> }) {
  const search = queryOfFilteredSegment((await params).query);
  const { query, values, errors } = catalogueQueryFromUrl(Object.fromEntries(search));
  const [page, agencies] = await Promise.all([cachedCatalogue(query), cachedCatalogueAgencies()]);
  return <CatalogueView values={values} errors={errors} page={page} agencies={agencies} />;
}
