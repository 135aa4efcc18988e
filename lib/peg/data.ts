import "server-only";
import { getPrisma } from "@/lib/db";
import { fromDbDate } from "@/lib/time";
import type { PegResponseDTO } from "./types";

/** Every weekly PEG of the person, oldest first. */
export async function listPegResponses({ userId }: { userId: string }): Promise<PegResponseDTO[]> {
  const rows = await getPrisma().pegResponse.findMany({
    where: { userId },
    orderBy: { date: "asc" },
    select: { id: true, date: true, pain: true, enjoyment: true, activity: true },
  });
  return rows.map((row) => ({ ...row, date: fromDbDate(row.date) }));
}

/** The date of the person's latest PEG, or null when they have none. */
export async function getLastPegDate({ userId }: { userId: string }): Promise<string | null> {
  const row = await getPrisma().pegResponse.findFirst({
    where: { userId },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  return row ? fromDbDate(row.date) : null;
}
