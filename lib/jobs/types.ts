import type { Ctx } from "@/lib/context";

/**
 * A scheduled job: runs one batch of work and says what it did. Its own module, so that the
 * jobs import this type and the registry imports the jobs, with no cycle between them.
 */
export type Job = (ctx: Ctx) => Promise<Record<string, unknown>>;
