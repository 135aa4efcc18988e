import "server-only";
import { getPrisma } from "@/lib/db";
import type { SessionLifetimes } from "@/lib/env";
import { sessionCutoffs } from "./expiry/lifetime";
import type { SessionDTO } from "./types";

/** The person's sessions that have not ended (idle or past their lifetime), most recent first. */
export async function listSessions({
  userId,
  now,
  lifetimes,
}: {
  userId: string;
  now: Date;
  lifetimes: SessionLifetimes;
}): Promise<SessionDTO[]> {
  const { idleBefore, createdBefore } = sessionCutoffs({ now, lifetimes });
  const rows = await getPrisma().session.findMany({
    where: { userId, lastSeenAt: { gt: idleBefore }, createdAt: { gt: createdBefore } },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    device: row.device,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
  }));
}
