import "server-only";
import { getPrisma } from "@/lib/db";
import { fromDbDate } from "@/lib/time";
import type { RedFlagDay } from "./red-flags/summary";

/** The person's check-ins that report at least one symptom, newest first. */
export async function listRedFlagDays({ userId }: { userId: string }): Promise<RedFlagDay[]> {
  const rows = await getPrisma().checkIn.findMany({
    where: { userId, NOT: { redFlags: { isEmpty: true } } },
    orderBy: { date: "desc" },
    select: { date: true, redFlags: true },
  });
  return rows.map((row) => ({ date: fromDbDate(row.date), redFlags: row.redFlags }));
}
