import { daysBetween } from "@/lib/time";

/**
 * Where a dated event sits on a chart whose x axis is a list of week starts (Mondays, ascending,
 * possibly with gaps where no week was recorded): a fractional category index. An event inside a
 * gap sits proportionally between its neighbours; null when it is before the first week or after
 * the last week's Sunday.
 */
export function eventChartPosition({
  weekStarts,
  date,
}: {
  weekStarts: readonly string[];
  date: string;
}): number | null {
  const first = weekStarts[0];
  const last = weekStarts[weekStarts.length - 1];
  if (first === undefined || last === undefined) return null;
  if (date < first || daysBetween(last, date) > 6) return null;
  for (let index = weekStarts.length - 1; index >= 0; index--) {
    const start = weekStarts[index] as string;
    if (date < start) continue;
    const next = weekStarts[index + 1];
    const span = next === undefined ? 7 : daysBetween(start, next);
    return index + daysBetween(start, date) / span;
  }
  return null;
}

const LABEL_MAX = 24;

/** An event's label on a chart: its title, cut to fit with an ellipsis. */
export function eventLabel(title: string): string {
  const characters = [...title];
  return characters.length > LABEL_MAX ? `${characters.slice(0, LABEL_MAX - 1).join("")}…` : title;
}
