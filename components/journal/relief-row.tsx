"use client";

import type { ReliefDraft } from "@/lib/journal/draft/check-in-draft";
import { partOfDayLabel } from "@/lib/journal/format/dates";
import { HELPED, HELPED_LABELS, type Helped } from "@/lib/journal/vocabulary/terms";
import { reliefLibraryEntry } from "@/lib/relief/library/relief-library";
import { PARTS_OF_DAY } from "@/lib/time";
import { ChoiceFieldset, RadioChoices } from "./choice-group";

const HELPED_OPTIONS = HELPED.map((value) => ({ value, label: HELPED_LABELS[value] }));

/**
 * One thing the person did for the pain: its name (with the library's how-to and when to stop),
 * minutes, part of the day and whether it helped. `errorsAt` takes the field name within the row.
 */
export function ReliefRow({
  id,
  use,
  builtinKey,
  onUpdate,
  onRemove,
  errorsAt,
}: {
  id: string;
  use: ReliefDraft;
  builtinKey: string | null;
  onUpdate: (next: ReliefDraft) => void;
  onRemove: () => void;
  errorsAt: (field: string) => string[] | undefined;
}) {
  const entry = reliefLibraryEntry(builtinKey);
  const name = entry?.name ?? use.name;
  const minutesErrors = errorsAt("minutes");
  const nameErrors = errorsAt("name") ?? errorsAt("itemId");
  return (
    <li className="relief-row">
      <div className="relief-row__head">
        <p className="relief-row__name" id={`${id}-name`}>
          {name}
        </p>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {nameErrors ? <p className="field-error">{nameErrors.join(" ")}</p> : null}
      {entry ? (
        <details>
          <summary>How to, and when to stop</summary>
          <p>{entry.howTo}</p>
          <p className="caution">{entry.caution}</p>
        </details>
      ) : null}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            autoComplete="off"
            value={use.minutes}
            onChange={(event) => onUpdate({ ...use, minutes: event.currentTarget.value })}
            aria-invalid={minutesErrors ? true : undefined}
            aria-describedby={minutesErrors ? `${id}-minutes-error` : undefined}
          />
          {minutesErrors ? (
            <p id={`${id}-minutes-error`} className="field-error">
              {minutesErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>When</label>
          <select
            id={`${id}-when`}
            value={use.partOfDay ?? ""}
            onChange={(event) =>
              onUpdate({
                ...use,
                partOfDay: (event.currentTarget.value || null) as ReliefDraft["partOfDay"],
              })
            }
          >
            <option value="">Some time today</option>
            {PARTS_OF_DAY.map((part) => (
              <option key={part} value={part}>
                {partOfDayLabel(part)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChoiceFieldset id={`${id}-helped`} legend="Did it help?" errors={errorsAt("helped")}>
        <RadioChoices<Helped>
          name={`${id}-helped`}
          options={HELPED_OPTIONS}
          value={use.helped}
          onChange={(helped) => onUpdate({ ...use, helped })}
        />
      </ChoiceFieldset>
    </li>
  );
}
