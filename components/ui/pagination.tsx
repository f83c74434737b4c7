import Link from "next/link";

/** Previous/next links that keep the current query string (filters live in the URL). */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "" && k !== "page") params.set(k, v);
    params.set("page", String(p));
    return `${basePath}?${params.toString()}`;
  };
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          rel="prev"
        >
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {page} of {pages} · {total} in all
      </span>
      {page < pages ? (
        <Link
          href={href(page + 1)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          rel="next"
        >
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
