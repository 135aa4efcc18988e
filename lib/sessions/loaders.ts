import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth-cookie";
import { getEnv, getSessionLifetimes } from "@/lib/env";
import { listSessions } from "./data";
import { resumeSession } from "./mutations";
import type { CurrentUser, SessionDTO } from "./types";

/**
 * The signed-in person, or null: the one gate every page, action and route handler goes
 * through. The cookie (an encrypted next-auth JWT) only names a Session row; the row must still
 * exist and be neither idle nor past its lifetime (./mutations.ts), so signing out, "sign out
 * everywhere" and a password change end sessions at once. Decodes the cookie itself rather than
 * through getServerSession, which would also re-encrypt a token it cannot send.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const claims = await decode({ token, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!claims?.sub || typeof claims.sid !== "string") return null;
  const user = await resumeSession({
    sessionId: claims.sid,
    userId: claims.sub,
    now: new Date(),
    lifetimes: getSessionLifetimes(),
  });
  return user && { ...user, sessionId: claims.sid };
});

/** For pages: the signed-in person, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * The signed-in person's active sessions for Settings, with the one making this request
 * marked; redirects to sign-in when signed out.
 */
export const loadMySessions = cache(
  async (): Promise<{ sessions: (SessionDTO & { isCurrent: boolean })[]; timeZone: string }> => {
    const user = await requireUser();
    const sessions = await listSessions({
      userId: user.id,
      now: new Date(),
      lifetimes: getSessionLifetimes(),
    });
    return {
      sessions: sessions.map((session) => ({
        ...session,
        isCurrent: session.id === user.sessionId,
      })),
      timeZone: user.timeZone,
    };
  },
);
