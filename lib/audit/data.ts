import "server-only";
import { getPrisma } from "@/lib/db";
import type { ActivityDTO } from "./types";

/** The person's most recent activity, newest first. */
export async function listRecentActivity({
  userId,
  limit = 50,
}: {
  userId: string;
  limit?: number;
}): Promise<ActivityDTO[]> {
  const rows = await getPrisma().auditEntry.findMany({
    where: { userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, event: true, at: true, device: true, network: true, detail: true },
  });
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
