import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { createContext, type Actor, type Ctx, type Origin } from "@/lib/context";
import { auth } from "./auth";
import { actorForSession } from "./sessions";

/**
 * The signed-in user of this request, or null. Checks the JWT (Auth.js) AND that its
 * session row is still live, so sign-out revokes the token at once. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const sid = session?.sid;
  if (!session?.user?.id || !sid) return null;
  const actor = await actorForSession(createContext({ db: getDb(), origin: "web" }), sid);
  return actor && actor.id === session.user.id ? actor : null;
});

/** For pages and layouts: sends a signed-out visitor to sign in, a wrong role to /forbidden. */
export async function requirePageRole(roles: readonly Role[], callbackPath?: string): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) {
    const h = await headers();
    const from = callbackPath ?? h.get("x-pathname") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  }
  if (!roles.includes(actor.role)) redirect("/forbidden");
  return actor;
}

/** A service context for the current web request (server components and actions). */
export async function webContext(actor: Actor | null, origin: Origin = "web"): Promise<Ctx> {
  const h = await headers();
  return createContext({ db: getDb(), actor, origin, requestId: h.get("x-request-id") ?? undefined });
}
