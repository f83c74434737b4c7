import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { cachedCatalogue, cachedCatalogueAgencies } from "@/lib/catalogue/cached";
import { catalogueQuerySchema } from "@/lib/catalogue/schemas";

// The unfiltered catalogue, one page per URL, served from the cache: proxy.ts rewrites `/` and
// `/?page=N` here. Rendered on first visit (nothing at build time: the build never opens the
// database), made again when a change invalidates the catalogue tag or after
// CATALOGUE_REVALIDATE_SECONDS (lib/catalogue/cache.ts). The header's personal part is a client
// island, so this page is the same for every visitor.
export const revalidate = 3;
export const generateStaticParams = async (): Promise<{ page: string }[]> => [];
export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function DefaultCataloguePage({ params }: { params: Promise<{ page: string }> }) {
  const raw = (await params).page;
  if (!/^[1-9]\d{0,4}$/.test(raw)) notFound();
  const query = catalogueQuerySchema.parse({ page: raw });
  const [page, agencies] = await Promise.all([cachedCatalogue(query), cachedCatalogueAgencies()]);
  return <CatalogueView values={{}} errors={[]} page={page} agencies={agencies} />;
}
