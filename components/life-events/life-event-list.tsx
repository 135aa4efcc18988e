import { DeleteButton } from "@/components/ui/delete-button";
import { formatLongDate } from "@/lib/journal/format/dates";
import { deleteLifeEventAction } from "@/lib/life-events/actions";
import { LIFE_EVENT_CATEGORY_LABELS, type LifeEventDTO } from "@/lib/life-events/types";
import { LifeEventForm } from "./life-event-form";

/** Every life event, newest first, each with its private note, a change form and delete. */
export function LifeEventList({ events, today }: { events: LifeEventDTO[]; today: string }) {
  if (events.length === 0) {
    return <p className="muted">No life events yet.</p>;
  }
  return (
    <ul className="life-event-list">
      {events.map((event) => (
        <li key={event.id} className="card">
          <p className="life-event-list__title">
            <strong>{event.title}</strong>{" "}
            <span className="muted">
              {LIFE_EVENT_CATEGORY_LABELS[event.category]} · {formatLongDate(event.date)}
            </span>
          </p>
          {event.note ? <p className="pre-wrap">{event.note}</p> : null}
          <details>
            <summary>
              Change<span className="visually-hidden"> “{event.title}”</span>
            </summary>
            <LifeEventForm event={event} today={today} />
          </details>
          <DeleteButton
            action={deleteLifeEventAction}
            fields={{ id: event.id }}
            label={
              <>
                Delete<span className="visually-hidden"> “{event.title}”</span>
              </>
            }
            confirmText={`Delete “${event.title}” (${formatLongDate(event.date)})? This can't be undone.`}
          />
        </li>
      ))}
    </ul>
  );
}
