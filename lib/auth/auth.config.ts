import type {} from "next-auth/jwt";
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema";
import { AREA_ROLES, WEB_SESSION_SECONDS } from "./rules";

declare module "next-auth" {
  interface User {
    role?: Role;
    sid?: string;
  }
  interface Session {
    sid?: string;
    user: { id: string; role: Role; email: string; name: string };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sid?: string;
  }
}

// The role areas, plus /account (the pages every signed-in role has, e.g. /account/password).
const GUARDED_PREFIXES = [...Object.keys(AREA_ROLES).map((area) => `/${area}`), "/account"];

/** True for a path that needs a signed-in user: a role area (/traveler, /agency, /finance, /it) or /account. */
export function isGuardedPath(path: string): boolean {
  return GUARDED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * The part of the Auth.js configuration that needs no database, shared by proxy.ts
 * (a convenience redirect only) and lib/auth/auth.ts (the full configuration).
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: WEB_SESSION_SECONDS },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
