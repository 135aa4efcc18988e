import { addDays } from "@/lib/time";
import type { PegStatus } from "../types";

/** The PEG is weekly: the next one is due from the seventh day after the last. */
export const PEG_INTERVAL_DAYS = 7;

/** Whether a PEG is due on `today`, given the date of the last one (null: none yet). */
export function pegStatus({
  lastDate,
  today,
}: {
  lastDate: string | null;
  today: string;
}): PegStatus {
  if (lastDate === null) return { lastDate: null, dueFrom: null, isDue: true };
  const dueFrom = addDays(lastDate, PEG_INTERVAL_DAYS);
  return { lastDate, dueFrom, isDue: today >= dueFrom };
}
