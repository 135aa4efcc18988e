import { formatLongDate } from "@/lib/journal/format/dates";
import { distanceText } from "@/lib/life-events/timeline/near";
import { LIFE_EVENT_CATEGORY_LABELS, type LifeEventMarker } from "@/lib/life-events/types";

/** The life events within six weeks of an onset date, with how far from it each was. */
export function NearEventList({
  label,
  events,
}: {
  label: string;
  events: readonly (LifeEventMarker & { daysFromDate: number })[];
}) {
  return (
    <div className="near-events">
      <p className="near-events__title">{label}</p>
      {events.length === 0 ? (
        <p className="muted">No life events recorded within six weeks either side.</p>
      ) : (
        <ul>
          {events.map((event) => (
            <li key={`${event.date}-${event.title}`}>
              <strong>{event.title}</strong> (
              {LIFE_EVENT_CATEGORY_LABELS[event.category].toLowerCase()}
              ), {formatLongDate(event.date)}: {distanceText(event.daysFromDate)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
