import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { LogFilterForm } from "@/components/logs/log-filter-form";
import { LogTable } from "@/components/logs/log-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { listEventTypes, searchLogs } from "@/lib/monitoring/log-query";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";
import { fieldErrorsOf } from "@/lib/validation";
import { filterQueryString, rawLogQuery } from "./filter-params";

export const metadata: Metadata = { title: "System logs" };

export default async function LogsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const actor = await requirePageRole(["it"]);
  const ctx = await webContext(actor);
  const raw = rawLogQuery(await searchParams);
  const parsed = logFilterSchema.safeParse(raw);
  const eventTypes = await listEventTypes(ctx);
  const result = parsed.success
    ? await searchLogs(ctx, parsed.data).catch((error: unknown) =>
        isDomainError(error) ? error : Promise.reject(error),
      )
    : null;
  const errors = parsed.success
    ? isDomainError(result)
      ? result.fieldErrors
      : undefined
    : fieldErrorsOf(parsed.error);
  const page = result && !isDomainError(result) ? result : null;
  const qs = filterQueryString(raw);
  return (
    <Page
      title="System logs"
      description="Sign-ins, registrations, every domain change, every job run and every error."
      actions={
        page ? (
          <>
            <a
              href={`/it/logs/export?${filterQueryString(raw, { format: "csv" })}`}
              className={buttonClass("secondary")}
              download
            >
              Export CSV
            </a>
            <a
              href={`/it/logs/export?${filterQueryString(raw, { format: "json" })}`}
              className={buttonClass("secondary")}
              download
            >
              Export JSON
            </a>
          </>
        ) : null
      }
    >
      <div className="space-y-6">
        <Card>
          <LogFilterForm values={raw} eventTypes={eventTypes} errors={errors} />
        </Card>
        {!page ? (
          <Alert tone="error">
            Please correct the filter:{" "}
            {Object.values(errors ?? {})
              .flat()
              .join(" ")}
          </Alert>
        ) : page.items.length === 0 ? (
          <EmptyState title="No log entry matches this filter">Widen the time range or clear a filter.</EmptyState>
        ) : (
          <Card className="p-0">
            <p className="px-5 pt-4 text-sm text-slate-600" role="status">
              {page.totalCapped ? `More than ${page.total}` : page.total} matching{" "}
              {page.total === 1 ? "entry" : "entries"}
            </p>
            <div className="p-2">
              <LogTable items={page.items} />
            </div>
          </Card>
        )}
        {page ? (
          <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
            {raw.cursor ? (
              <Link href={`/it/logs?${qs}`} className={buttonClass("secondary")}>
                ← First page
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <Link
                href={`/it/logs?${filterQueryString(raw, { cursor: page.nextCursor })}`}
                className={buttonClass("secondary")}
                rel="next"
              >
                Next page →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </div>
    </Page>
  );
}
