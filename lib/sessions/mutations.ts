import "server-only";
import { getPrisma } from "@/lib/db";
import type { SessionLifetimes } from "@/lib/env";
import { sessionCutoffs } from "./expiry/lifetime";

export type SessionUser = { id: string; email: string; timeZone: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts a session for a person who just proved who they are; returns its id for the cookie.
 * Also clears the person's sessions that have already ended, so the table stays small.
 */
export async function createSession({
  userId,
  device,
  now,
  lifetimes,
}: {
  userId: string;
  device: string;
  now: Date;
  lifetimes: SessionLifetimes;
}): Promise<{ id: string; createdAt: Date }> {
  const { idleBefore, createdBefore } = sessionCutoffs({ now, lifetimes });
  const prisma = getPrisma();
  const [, session] = await prisma.$transaction([
    prisma.session.deleteMany({
      where: {
        userId,
        OR: [{ lastSeenAt: { lte: idleBefore } }, { createdAt: { lte: createdBefore } }],
      },
    }),
    prisma.session.create({
      data: { userId, device, createdAt: now, lastSeenAt: now },
      select: { id: true, createdAt: true },
    }),
  ]);
  return session;
}

/**
 * The person behind a session that is still alive (not signed out, not idle, not past its
 * lifetime), or null. Records the visit (lastSeenAt) at most once a minute. One statement, so a
 * request pays one round trip for it. Instants travel as epoch milliseconds: the columns are
 * UTC timestamps without a zone, and a number cannot be misread in another zone.
 */
export async function resumeSession({
  sessionId,
  userId,
  now,
  lifetimes,
}: {
  sessionId: string;
  userId: string;
  now: Date;
  lifetimes: SessionLifetimes;
}): Promise<SessionUser | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const { idleBefore, createdBefore, touchBefore } = sessionCutoffs({ now, lifetimes });
  const at = (instant: Date) => instant.getTime() / 1000;
  const rows = await getPrisma().$queryRaw<SessionUser[]>`
    WITH alive AS (
      SELECT "id", "lastSeenAt" FROM "Session"
      WHERE "id" = ${sessionId}::uuid AND "userId" = ${userId}::uuid
        AND "lastSeenAt" > (to_timestamp(${at(idleBefore)}::float8) AT TIME ZONE 'UTC')
        AND "createdAt" > (to_timestamp(${at(createdBefore)}::float8) AT TIME ZONE 'UTC')
    ), touched AS (
      UPDATE "Session" SET "lastSeenAt" = (to_timestamp(${at(now)}::float8) AT TIME ZONE 'UTC')
      WHERE "id" IN (
        SELECT "id" FROM alive
        WHERE "lastSeenAt" < (to_timestamp(${at(touchBefore)}::float8) AT TIME ZONE 'UTC')
      )
    )
    SELECT u."id", u."email", u."timeZone" FROM "User" u, alive WHERE u."id" = ${userId}::uuid`;
  return rows[0] ?? null;
}

/**
 * Ends one of the person's sessions ("sign out", "sign out this device"); returns its device
 * description, or null when none of theirs matched.
 */
export async function deleteSession({
  userId,
  sessionId,
}: {
  userId: string;
  sessionId: string;
}): Promise<string | null> {
  if (!UUID.test(sessionId)) return null;
  const [deleted] = await getPrisma().$queryRaw<{ device: string }[]>`
    DELETE FROM "Session" WHERE "id" = ${sessionId}::uuid AND "userId" = ${userId}::uuid
    RETURNING "device"`;
  return deleted?.device ?? null;
}

/** Ends every session of the person ("sign out everywhere", password change or reset). */
export async function deleteAllSessions({ userId }: { userId: string }): Promise<number> {
  const { count } = await getPrisma().session.deleteMany({ where: { userId } });
  return count;
}
