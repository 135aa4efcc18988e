import { DeleteButton } from "@/components/ui/delete-button";
import { formatLongDate } from "@/lib/journal/format/dates";
import { deleteReflectionAction } from "@/lib/reflection/actions";
import type { ReflectionDTO } from "@/lib/reflection/types";
import { calendarDateFor } from "@/lib/time-zone";
import { ReflectionForm } from "./reflection-form";

/** The person's reflections, newest first: the question, the answer, and the evidence then. */
export function ReflectionHistory({
  reflections,
  timeZone,
}: {
  reflections: ReflectionDTO[];
  timeZone: string;
}) {
  return (
    <ol className="reflection-list">
      {reflections.map((reflection) => {
        const date = calendarDateFor(new Date(reflection.createdAt), timeZone);
        const headingId = `reflection-${reflection.id}`;
        const isEdited = reflection.updatedAt.slice(0, 16) !== reflection.createdAt.slice(0, 16);
        return (
          <li key={reflection.id}>
            <article className="card reflection" aria-labelledby={headingId}>
              <h2 id={headingId} className="reflection__date">
                {formatLongDate(date)}
                {isEdited ? <span className="muted"> (edited)</span> : null}
              </h2>
              <p className="reflection__prompt">{reflection.promptText}</p>
              <p className="pre-wrap reflection__answer">{reflection.answer}</p>
              {reflection.evidence.length > 0 ? (
                <details>
                  <summary>What raised this question then</summary>
                  <ul>
                    {reflection.evidence.map((item) => (
                      <li key={item.comparisonKey}>{item.sentence}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <details>
                <summary>
                  Edit
                  <span className="visually-hidden"> the reflection of {formatLongDate(date)}</span>
                </summary>
                <ReflectionForm
                  mode="edit"
                  id={reflection.id}
                  answer={reflection.answer}
                  version={reflection.version}
                />
              </details>
              <DeleteButton
                action={deleteReflectionAction}
                fields={{ id: reflection.id }}
                label={
                  <>
                    Delete
                    <span className="visually-hidden">
                      {" "}
                      the reflection of {formatLongDate(date)}
                    </span>
                  </>
                }
                confirmText="Delete this reflection? This can't be undone."
              />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
