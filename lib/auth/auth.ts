import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { createContext } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { authConfig } from "./auth.config";
import { authenticate } from "./authenticate";
import { logEvent } from "@/lib/monitoring/log-event";
import { clientIp } from "./client-ip";
import { revokeSession } from "./sessions";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

class AccountDisabled extends CredentialsSignin {
  code = "account_disabled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  events: {
    // Auth.js's own POST /api/auth/signout only clears the cookie; a copy of the cookie
    // would live on until the JWT expires. Revoke its session row here too, so every way
    // out (this route and the app's sign-out action) refuses the token from now on.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (!sid) return;
      const ctx = createContext({ db: getDb(), origin: "web" });
      if (await revokeSession(ctx, sid)) await logEvent(ctx, { event: "auth.sign_out", details: { sessionId: sid } });
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const ctx = createContext({ db: getDb(), origin: "web" });
        try {
          const actor = await authenticate(ctx, { email, password, ip: clientIp(request.headers) }, "web");
          return { id: actor.id, email: actor.email, name: actor.name, role: actor.role, sid: actor.sessionId };
        } catch (error) {
          if (isDomainError(error) && error.code === "rate_limited") throw new RateLimited();
          if (isDomainError(error) && error.code === "account_disabled") throw new AccountDisabled();
          if (isDomainError(error) && error.code === "invalid_credentials") return null;
          throw error;
        }
      },
    }),
  ],
}));
