"use client";

import type { CheckInDraft } from "@/lib/journal/schema";
import { NOTE_MAX } from "@/lib/journal/vocabulary/limits";
import { ScaleField } from "./scale-field";

/** Hours sitting, hours slept, sleep quality and the private note. */
export function DayFactorsFieldset({
  draft,
  update,
  errorsAt,
}: {
  draft: CheckInDraft;
  update: (change: (current: CheckInDraft) => CheckInDraft) => void;
  errorsAt: (path: string) => string[] | undefined;
}) {
  const hoursErrors = errorsAt("sittingHours");
  const sleepErrors = errorsAt("sleepHours");
  const noteErrors = errorsAt("note");
  return (
    <>
      <div className="field">
        <label htmlFor="sitting-hours">Hours sitting (optional)</label>
        <span id="sitting-hours-hint" className="hint">
          At a desk, in a car, on the sofa: roughly, e.g. 6 or 7.5.
        </span>
        <input
          id="sitting-hours"
          inputMode="decimal"
          autoComplete="off"
          value={draft.sittingHours}
          onChange={(event) => {
            const sittingHours = event.currentTarget.value;
            update((current) => ({ ...current, sittingHours }));
          }}
          aria-invalid={hoursErrors ? true : undefined}
          aria-describedby={
            hoursErrors ? "sitting-hours-hint sitting-hours-error" : "sitting-hours-hint"
          }
          style={{ maxWidth: "10rem" }}
        />
        {hoursErrors ? (
          <p id="sitting-hours-error" className="field-error">
            {hoursErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="sleep-hours">Hours slept last night (optional)</label>
        <span id="sleep-hours-hint" className="hint">
          Roughly, e.g. 5.5 or 7.
        </span>
        <input
          id="sleep-hours"
          inputMode="decimal"
          autoComplete="off"
          value={draft.sleepHours ?? ""}
          onChange={(event) => {
            const sleepHours = event.currentTarget.value;
            update((current) => ({ ...current, sleepHours }));
          }}
          aria-invalid={sleepErrors ? true : undefined}
          aria-describedby={sleepErrors ? "sleep-hours-hint sleep-hours-error" : "sleep-hours-hint"}
          style={{ maxWidth: "10rem" }}
        />
        {sleepErrors ? (
          <p id="sleep-hours-error" className="field-error">
            {sleepErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <ScaleField
        id="sleep-quality"
        name="sleepQuality"
        legend="How well did you sleep last night?"
        value={draft.sleepQuality}
        onChange={(sleepQuality) => update((current) => ({ ...current, sleepQuality }))}
        noneLabel="Skip"
        lowLabel="very badly"
        highLabel="very well"
        errors={errorsAt("sleepQuality")}
      />
      <div className="field">
        <label htmlFor="note">Private note (optional)</label>
        <span id="note-hint" className="hint">
          Only you see it. It is left out of anything you share unless you choose to include it.
        </span>
        <textarea
          id="note"
          value={draft.note}
          maxLength={NOTE_MAX}
          onChange={(event) => {
            const note = event.currentTarget.value;
            update((current) => ({ ...current, note }));
          }}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? "note-hint note-error" : "note-hint"}
        />
        {noteErrors ? (
          <p id="note-error" className="field-error">
            {noteErrors.join(" ")}
          </p>
        ) : null}
      </div>
    </>
  );
}
