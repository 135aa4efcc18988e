import "server-only";
import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/mutations";
import { isHttpsDeployment, sessionCookieName } from "@/lib/auth-cookie";
import { safeCallbackPath } from "@/lib/callback-url";
import { getSessionLifetimes } from "@/lib/env";
import { log } from "@/lib/log";
import { secondsUntilAbsoluteEnd } from "@/lib/sessions/expiry/lifetime";
import { createSession, deleteSession, resumeSession } from "@/lib/sessions/mutations";
import { authorizeCredentials } from "./credentials";

/**
 * next-auth options. The JWT cookie only names a Session row (`sid`): the jwt callback creates
 * the row at sign-in and checks it on every later use, throwing when it has ended (next-auth
 * then clears the cookie and answers with no session), and signing out deletes it. Pages,
 * actions and route handlers check the same row through lib/sessions/loaders.ts. `now` is a clock that
 * tests can move.
 */
export function buildAuthOptions({
  isHttps,
  now = () => new Date(),
}: {
  isHttps: boolean;
  now?: () => Date;
}): NextAuthOptions {
  const lifetimes = getSessionLifetimes();
  return {
    session: { strategy: "jwt", maxAge: lifetimes.absoluteSeconds },
    useSecureCookies: isHttps,
    cookies: {
      sessionToken: {
        name: sessionCookieName(isHttps),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps },
      },
    },
    jwt: {
      // next-auth re-issues the token with a fresh expiry on every /api/auth/session call; it
      // never outlives the session's absolute end that way.
      encode: (params) => {
        const authTime = params.token?.authTime;
        if (typeof authTime !== "number") return encode(params);
        const remaining = secondsUntilAbsoluteEnd({
          createdAt: new Date(authTime * 1000),
          now: now(),
          lifetimes,
        });
        return encode({ ...params, maxAge: Math.min(params.maxAge ?? remaining, remaining) });
      },
    },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
          code: { type: "text" },
        },
        authorize: (credentials, request) => authorizeCredentials(credentials, request?.headers),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const session = await createSession({
            userId: user.id,
            device: user.device,
            now: now(),
            lifetimes,
          });
          await recordAudit({
            userId: user.id,
            event: "SIGNED_IN",
            context: { device: user.device, clientKey: user.clientKey },
          });
          // Only what identifies the session; nothing about the person rides in the cookie.
          return {
            sub: user.id,
            sid: session.id,
            authTime: Math.floor(session.createdAt.getTime() / 1000),
          };
        }
        const alive =
          token.sub && token.sid
            ? await resumeSession({
                sessionId: token.sid,
                userId: token.sub,
                now: now(),
                lifetimes,
              })
            : null;
        if (!alive) throw new Error("SESSION_ENDED");
        return token;
      },
      // next-auth's own redirects (its sign-out and error pages) stay on this site too.
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackPath(path, "/")}`;
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "" } };
      },
    },
    events: {
      // A plain sign-out ends this session on the server too: a copy of the cookie is dead.
      async signOut({ token }) {
        if (token?.sub && token.sid) {
          const device = await deleteSession({ userId: token.sub, sessionId: token.sid });
          if (device !== null) {
            await recordAudit({ userId: token.sub, event: "SIGNED_OUT", context: { device } });
          }
        }
      },
    },
    logger: {
      // next-auth's default logger prints request details; keep only the error code, and only
      // in next-auth's own shape (capitals and underscores). The route never lets a client's
      // POST /api/auth/_log reach next-auth (./client-log.ts); this is the second line.
      error: (code) =>
        log.error({ authCode: /^[A-Z_]{1,64}$/.test(code) ? code : "UNKNOWN_CODE" }, "next-auth"),
      warn: () => {},
      debug: () => {},
    },
  };
}

export const authOptions = buildAuthOptions({ isHttps: isHttpsDeployment() });
