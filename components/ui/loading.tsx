/**
 * The placeholder a route shows while its server component loads: announced once to
 * screen readers, and shaped like a heading and a list so the page does not jump.
 */
export function PageLoading({ label = "Loading…", rows = 5 }: { label?: string; rows?: number }) {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8" aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="mb-2 h-7 w-64 max-w-full rounded bg-slate-200" />
        <div className="mb-6 h-4 w-96 max-w-full rounded bg-slate-200" />
        <div className="space-y-3">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="h-16 rounded-lg border border-slate-200 bg-white" />
          ))}
        </div>
      </div>
    </main>
  );
}

/**
 * The loading.tsx of a signed-in area. The area's layout checks the role before this boundary,
 * so a redirect to sign in stays a real redirect.
 */
export function AreaLoading() {
  return <PageLoading />;
}
