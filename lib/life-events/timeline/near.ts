import { daysBetween } from "@/lib/time";
import type { LifeEventMarker } from "../types";

/** "Around the time it began": six weeks either side of an onset date. */
export const NEAR_ONSET_DAYS = 42;

/**
 * The events within `days` of `date` (both directions), nearest first; ties go to the earlier
 * event. An empty list when there is no date.
 */
export function lifeEventsNear<Event extends LifeEventMarker>({
  events,
  date,
  days = NEAR_ONSET_DAYS,
}: {
  events: readonly Event[];
  date: string | null;
  days?: number;
}): (Event & { daysFromDate: number })[] {
  if (date === null) return [];
  return events
    .map((event) => ({ ...event, daysFromDate: daysBetween(date, event.date) }))
    .filter((event) => Math.abs(event.daysFromDate) <= days)
    .sort(
      (a, b) => Math.abs(a.daysFromDate) - Math.abs(b.daysFromDate) || a.date.localeCompare(b.date),
    );
}

/** "3 weeks before", "2 days after", "the same day": an event's distance from an onset date. */
export function distanceText(daysFromDate: number): string {
  if (daysFromDate === 0) return "the same day";
  const size = Math.abs(daysFromDate);
  const when = daysFromDate < 0 ? "before" : "after";
  if (size >= 14) {
    const weeks = Math.round(size / 7);
    return `about ${weeks} weeks ${when}`;
  }
  return `${size} ${size === 1 ? "day" : "days"} ${when}`;
}
