import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import type { Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { decodeCursor, encodeCursor, likeContains, LOG_COUNT_CAP, LOG_PRESETS, TRIGRAM_MIN_LENGTH } from "./log-rules";
import type { LogEntryView, LogFilter } from "./log-schemas";
import { requireRole } from "@/lib/auth/require-role";

interface Row {
  id: number | string;
  at_text: string;
  level: LogEntryView["level"];
  event: string;
  actor: string;
  actor_id: string | null;
  request_id: string | null;
  message: string;
  details: Record<string, unknown>;
}

const COLUMNS = sql.raw(
  `id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text, level, event, actor, actor_id, request_id, message, details`,
);

const toView = (r: Row): LogEntryView => ({
  id: Number(r.id),
  at: r.at_text,
  level: r.level,
  event: r.event,
  actor: r.actor,
  actorId: r.actor_id,
  requestId: r.request_id,
  message: r.message,
  details: r.details ?? {},
});

/** The WHERE conditions of a filter. Every user value is a bound parameter. */
export function filterConditions(filter: LogFilter, now: Date): SQL[] {
  const where: SQL[] = [];
  // A given from/to is a custom range, whatever the preset says (the page's form sends its
  // preset select along with the dates); a preset applies only without them.
  const custom = filter.from !== undefined || filter.to !== undefined;
  const preset = !custom && filter.preset && filter.preset !== "custom" ? LOG_PRESETS[filter.preset] : undefined;
  const from = preset ? new Date(now.getTime() - preset * 1000) : filter.from;
  const to = preset ? undefined : filter.to;
  if (from) where.push(sql`at >= ${from.toISOString()}::timestamptz`);
  if (to) where.push(sql`at <= ${to.toISOString()}::timestamptz`);
  // One array parameter of the enum type: the planner sees "level = any(…)" and estimates it
  // like an IN list. The levels are enum-validated by logFilterSchema, so the literal is safe.
  if (filter.level?.length) where.push(sql`level = any(${`{${filter.level.join(",")}}`}::log_level[])`);
  if (filter.event) {
    // "auth.*" matches a family of events; anything else (a lone "*" too) is an exact event type.
    where.push(
      filter.event.endsWith("*") && filter.event.length > 1
        ? sql`event like ${likeContains(filter.event.slice(0, -1)).slice(1)}`
        : sql`event = ${filter.event}`,
    );
  }
  if (filter.actor) where.push(sql`actor ilike ${likeContains(filter.actor)}`);
  if (filter.q) {
    // Whole words (event, actor, message, request id, details) through the tsvector GIN
    // index; fragments of the message through its trigram GIN index. Both are index scans
    // on PGlite and PostgreSQL. Actor fragments have their own filter: actors repeat the
    // same few trigrams (…@example.test) over millions of rows, which makes a trigram
    // scan of them slow as a free-text branch (measured by scripts/bench/sync.ts).
    const words = sql`search @@ plainto_tsquery('simple', ${filter.q})`;
    where.push(
      filter.q.length >= TRIGRAM_MIN_LENGTH ? sql`(${words} or message ilike ${likeContains(filter.q)})` : words,
    );
  }
  return where;
}

const whereSql = (conditions: SQL[]) => (conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``);

/** The SQL of one page: rows strictly after the cursor in the chosen order (keyset), or after `offset` rows. */
export function logPageQuery(filter: LogFilter, now: Date, pageSize: number, offset = 0): SQL {
  const conditions = filterConditions(filter, now);
  const desc = filter.sort !== "oldest";
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    if (!cursor)
      throw new DomainError("validation_failed", "The page cursor is invalid.", {
        cursor: ["The page cursor is invalid."],
      });
    conditions.push(
      desc
        ? sql`(at, id) < (${cursor.at}::timestamptz, ${cursor.id})`
        : sql`(at, id) > (${cursor.at}::timestamptz, ${cursor.id})`,
    );
  }
  const order = sql.raw(desc ? "at desc, id desc" : "at asc, id asc");
  return sql`select ${COLUMNS} from activity_log ${whereSql(conditions)} order by ${order} limit ${pageSize + 1}${offset ? sql` offset ${offset}` : sql``}`;
}

export async function logPage(
  ctx: Ctx,
  filter: LogFilter,
  pageSize: number,
  offset = 0,
): Promise<{ items: LogEntryView[]; nextCursor: string | null }> {
  const rows = rowsOf<Row>(await ctx.db.execute(logPageQuery(filter, ctx.now, pageSize, offset)));
  const items = rows.slice(0, pageSize).map(toView);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > pageSize && last ? encodeCursor(last.at, last.id) : null };
}

/** Matches counted up to LOG_COUNT_CAP (a count over millions of rows is never needed). */
export async function countLogs(ctx: Ctx, filter: LogFilter): Promise<{ total: number; capped: boolean }> {
  const result = await ctx.db.execute(
    sql`select count(*)::int as n from (select 1 from activity_log ${whereSql(filterConditions(filter, ctx.now))} limit ${LOG_COUNT_CAP + 1}) s`,
  );
  const n = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  return { total: Math.min(n, LOG_COUNT_CAP), capped: n > LOG_COUNT_CAP };
}

export async function searchLogs(ctx: Ctx, filter: LogFilter) {
  requireRole(ctx, ["it"]);
  const [page, count] = await Promise.all([logPage(ctx, filter, filter.pageSize), countLogs(ctx, filter)]);
  return { ...page, total: count.total, totalCapped: count.capped, pageSize: filter.pageSize };
}

/** One entry and every entry of the same request (oldest first). */
export async function getLogEntry(ctx: Ctx, id: number): Promise<{ entry: LogEntryView; sameRequest: LogEntryView[] }> {
  requireRole(ctx, ["it"]);
  const [row] = rowsOf<Row>(await ctx.db.execute(sql`select ${COLUMNS} from activity_log where id = ${id}`));
  if (!row) throw new DomainError("not_found", "There is no such log entry.");
  const sameRequest = row.request_id
    ? rowsOf<Row>(
        await ctx.db.execute(
          sql`select ${COLUMNS} from activity_log where request_id = ${row.request_id} order by at, id limit 200`,
        ),
      ).map(toView)
    : [];
  return { entry: toView(row), sameRequest };
}

/** Distinct event types, by a loose index scan of (event, at): cheap on millions of rows. */
export async function listEventTypes(ctx: Ctx): Promise<string[]> {
  requireRole(ctx, ["it"]);
  const result = await ctx.db.execute(sql`
    with recursive e as (
      (select event from activity_log order by event limit 1)
      union all
      select (select a.event from activity_log a where a.event > e.event order by a.event limit 1) from e where e.event is not null
    ) select event from e where event is not null limit 300`);
  return rowsOf<{ event: string }>(result).map((r) => r.event);
}
