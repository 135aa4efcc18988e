import { localTimeLabel } from "@/lib/time-zone";

// Times of day need the person's zone, and so the zone library: kept out of dates.ts, which the
// check-in form loads on a phone's first visit (its quick-log times come from the server).

/** "14:05" in the person's zone, for a quick log's ISO instant. */
export function quickLogTime(occurredAt: string, timeZone: string): string {
  return localTimeLabel(new Date(occurredAt), timeZone);
}
