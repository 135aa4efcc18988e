import Link from "next/link";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteDayAction, deleteQuickLogAction } from "@/lib/journal/actions";
import { formatLongDate, partOfDayLabel, relativeDayName } from "@/lib/journal/format/dates";
import { quickLogTime } from "@/lib/journal/format/times";
import type { JournalDayDTO } from "@/lib/journal/types";
import {
  BODY_AREA_LABELS,
  intensityText,
  TAG_KIND_LABELS,
  TAG_KINDS,
} from "@/lib/journal/vocabulary/terms";
import { doseLine } from "@/lib/medications/doses/format";
import { describeReliefUse } from "@/lib/relief/format/relief-format";
import { PARTS_OF_DAY } from "@/lib/time";
import { RedFlagNotice } from "./red-flag-notice";

/** One day of the journal: pain by part of day at a glance, then tags, relief and red flags. */
export function JournalDay({
  day,
  today,
  timeZone,
}: {
  day: JournalDayDTO;
  /** The person's calendar date now, for "today" and "yesterday". */
  today: string;
  timeZone: string;
}) {
  const { checkIn, quickLogs, date } = day;
  const relative = relativeDayName(date, today);
  const headingId = `day-${date}`;
  return (
    <li>
      <article className="card day-card" aria-labelledby={headingId}>
        <h2 id={headingId}>
          {formatLongDate(date)}
          {relative ? <span className="muted"> ({relative})</span> : null}
        </h2>
        {checkIn ? (
          <ul className="part-grid" aria-label="Pain by part of day">
            {PARTS_OF_DAY.map((part) => {
              const rating = checkIn.parts[part];
              return (
                <li key={part}>
                  <span className="part-name">{partOfDayLabel(part)}</span>
                  {rating ? (
                    <span className="part-value">
                      <span aria-hidden="true">{rating.intensity}</span>
                      <span className="visually-hidden">{intensityText(rating.intensity)}</span>
                    </span>
                  ) : (
                    <span className="part-value part-value--none">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">not recorded</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">No check-in for this day.</p>
        )}
        <ul className="day-facts">
          {quickLogs.map((log) => (
            <li key={log.id}>
              Quick log at {quickLogTime(log.occurredAt, timeZone)}: {intensityText(log.intensity)}
              {log.areas.length ? `, ${log.areas.map((a) => BODY_AREA_LABELS[a]).join(", ")}` : ""}
              {log.tags.length ? ` (${log.tags.map((t) => t.name).join(", ")})` : ""}
              {log.medications.length ? `; took ${log.medications.map(doseLine).join("; ")}` : ""}
            </li>
          ))}
          {checkIn
            ? TAG_KINDS.map((kind) => {
                const tags = checkIn.tags.filter((tag) => tag.kind === kind);
                if (tags.length === 0) return null;
                return (
                  <li key={kind}>
                    {TAG_KIND_LABELS[kind].label}:{" "}
                    {tags
                      .map((tag) =>
                        tag.partOfDay
                          ? `${tag.name} (${partOfDayLabel(tag.partOfDay).toLowerCase()})`
                          : tag.name,
                      )
                      .join(", ")}
                  </li>
                );
              })
            : null}
          {checkIn?.relief.length ? (
            <li>Did: {checkIn.relief.map(describeReliefUse).join("; ")}</li>
          ) : null}
          {checkIn?.medications.length ? (
            <li>Medications: {checkIn.medications.map(doseLine).join("; ")}</li>
          ) : null}
          {checkIn && checkIn.stress !== null ? <li>Stress: {checkIn.stress} of 10</li> : null}
          {checkIn && checkIn.sleepQuality !== null ? (
            <li>Sleep: {checkIn.sleepQuality} of 10</li>
          ) : null}
          {checkIn && checkIn.sleepHours !== null ? <li>Slept: {checkIn.sleepHours} h</li> : null}
          {checkIn && checkIn.sittingHours !== null ? (
            <li>Sitting: {checkIn.sittingHours} h</li>
          ) : null}
        </ul>
        {checkIn?.note ? (
          <details>
            <summary>Private note</summary>
            <p className="pre-wrap">{checkIn.note}</p>
          </details>
        ) : null}
        {checkIn ? <RedFlagNotice flags={checkIn.redFlags} isListed /> : null}
        <div className="day-actions">
          <Link className="button" href={`/tonight?date=${date}`}>
            {checkIn ? "Edit" : "Add a check-in"}
            <span className="visually-hidden"> for {formatLongDate(date)}</span>
          </Link>
          <DeleteButton
            action={deleteDayAction}
            fields={{ date }}
            label={
              <>
                Delete…<span className="visually-hidden"> {formatLongDate(date)}</span>
              </>
            }
            confirmText={`Delete everything on ${formatLongDate(date)}: the check-in and ${quickLogs.length} quick log${quickLogs.length === 1 ? "" : "s"}? This cannot be undone.`}
          />
          {quickLogs.length > 0 && (checkIn || quickLogs.length > 1) ? (
            <details>
              <summary>Delete one quick log</summary>
              {quickLogs.map((log) => (
                <DeleteButton
                  key={log.id}
                  action={deleteQuickLogAction}
                  fields={{ id: log.id }}
                  label={`Quick log at ${quickLogTime(log.occurredAt, timeZone)}…`}
                  confirmText="Delete this quick log? This cannot be undone."
                />
              ))}
            </details>
          ) : null}
        </div>
      </article>
    </li>
  );
}
