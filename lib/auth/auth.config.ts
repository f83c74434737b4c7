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

const AREA_PREFIXES = Object.keys(AREA_ROLES).map((area) => `/${area}`);

/** True for a path inside a signed-in role area (/traveler, /agency, /finance, /it). */
export function isGuardedPath(path: string): boolean {
  return AREA_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
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
