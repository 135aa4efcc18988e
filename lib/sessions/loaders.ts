import "server-only";
import { cache } from "react";
import { getSessionLifetimes } from "@/lib/env";
import { requireUser } from "@/lib/session";
import { listSessions } from "./data";
import type { SessionDTO } from "./types";

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
