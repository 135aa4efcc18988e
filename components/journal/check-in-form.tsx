"use client";

import Link from "next/link";
import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
} from "react";
import { FormMessage } from "@/components/ui/form-message";
import { fieldErrorsOf } from "@/lib/forms";
import { saveCheckInAction } from "@/lib/journal/actions";
import {
  draftFromCheckIn,
  emptyCheckInDraft,
  type ReliefDraft,
  type TagDraft,
  withPreviousTagsAndRelief,
} from "@/lib/journal/draft";
import { formatShortDate, quickLogTime } from "@/lib/journal/format";
import { type CheckInDraft, checkInSchema } from "@/lib/journal/schema";
import type { CheckInFormDataDTO, CheckInFormState } from "@/lib/journal/types";
import { PARTS_OF_DAY, TAG_KINDS, URGENT_ADVICE } from "@/lib/journal/vocabulary";
import { addDays } from "@/lib/time";
import { CheckInDateField } from "./check-in-date-field";
import { DayFactorsFieldset } from "./day-factors-fieldset";
import { PartOfDayFieldset } from "./part-of-day-fieldset";
import { RedFlagFieldset } from "./red-flag-fieldset";
import { ReliefPicker } from "./relief-picker";
import { ScaleField } from "./scale-field";
import { TagPicker } from "./tag-picker";

export type CheckInFormProps = Omit<CheckInFormDataDTO, "isJournalEmpty"> & {
  today: string;
  latestDate: string;
  timeZone: string;
};

const NOT_SAVED =
  "Could not save just now. Check your connection and press Save again; everything is still here.";
const CHECK_FIELDS =
  "Some answers need another look; they are marked below. Nothing was saved yet.";

function applyListChange<T>(
  list: T[],
  change: { add?: T; remove?: number; update?: [number, T] },
): T[] {
  if (change.add) return [...list, change.add];
  if (change.remove !== undefined) return list.filter((_, index) => index !== change.remove);
  if (change.update) {
    const [at, value] = change.update;
    return list.map((item, index) => (index === at ? value : item));
  }
  return list;
}

/**
 * The nightly check-in. Holds everything typed in its own state, so a validation error (checked
 * here first, then on the server) never loses anything; saving twice is harmless.
 */
export function CheckInForm(props: CheckInFormProps) {
  const { previous, quickLogs, timeZone } = props;
  const [draft, setDraft] = useState<CheckInDraft>(() =>
    props.checkIn ? draftFromCheckIn(props.checkIn) : emptyCheckInDraft(props.date),
  );
  const [localState, setLocalState] = useState<CheckInFormState | null>(null);
  const [isEdited, setIsEdited] = useState(false);
  const [copyMessage, setCopyMessage] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const [serverState, formAction, isPending] = useActionState(
    async (previousState: CheckInFormState, formData: FormData) => {
      let result: CheckInFormState;
      try {
        result = await saveCheckInAction(previousState, formData);
      } catch {
        // Offline or a server error: keep the form as it is, so nothing typed is lost.
        return { ok: false, message: NOT_SAVED };
      }
      // Saved: from now on a change of date moves this check-in rather than copying it.
      if (result.ok && result.savedDate) {
        const savedDate = result.savedDate;
        setDraft((current) => ({ ...current, replacesDate: savedDate }));
      }
      return result;
    },
    { ok: false },
  );
  const state = localState ?? serverState;
  const errorsAt = (path: string) => state.fieldErrors?.[path];

  useEffect(() => {
    if (state.ok || !state.fieldErrors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function update(change: (current: CheckInDraft) => CheckInDraft) {
    setDraft(change);
    setIsEdited(true);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const parsed = checkInSchema.safeParse(draft);
    if (!parsed.success) {
      setLocalState({ ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) });
      return;
    }
    setLocalState(null);
    setIsEdited(false);
    const formData = new FormData();
    formData.set("payload", JSON.stringify(draft));
    startTransition(() => formAction(formData));
  }

  function copyPrevious() {
    if (!previous) return;
    const next = withPreviousTagsAndRelief(draft, previous);
    const tags = next.tags.length - draft.tags.length;
    const relief = next.relief.length - draft.relief.length;
    update(() => next);
    setCopyMessage(
      `Added ${tags} tag${tags === 1 ? "" : "s"} and ${relief} thing${relief === 1 ? "" : "s"} you did, from ${formatShortDate(previous.date)}.`,
    );
  }

  const quickLogTimes = Object.fromEntries(
    quickLogs.map((log) => [log.id, quickLogTime(log.occurredAt, timeZone)]),
  );
  const isLastNight = previous && previous.date === addDays(draft.date, -1);
  const showSaved = state.ok && !isEdited;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Nightly check-in">
      <CheckInDateField
        date={draft.date}
        replacesDate={draft.replacesDate ?? null}
        today={props.today}
        latestDate={props.latestDate}
        checkInDates={props.checkInDates}
        onChange={(date) => update((current) => ({ ...current, date }))}
        errors={errorsAt("date")}
      />

      <section aria-labelledby="pain-heading">
        <h2 id="pain-heading">How much did it hurt?</h2>
        <p className="muted">
          For each part of the day: 0 is no pain, 10 the worst imaginable. Think of how it felt
          then, not how it feels now.
        </p>
        {PARTS_OF_DAY.map((part) => (
          <PartOfDayFieldset
            key={part}
            part={part}
            value={draft.parts[part]}
            onChange={(value) =>
              update((current) => ({ ...current, parts: { ...current.parts, [part]: value } }))
            }
            quickLogs={quickLogs.filter((log) => log.partOfDay === part)}
            quickLogTimes={quickLogTimes}
            errorsAt={errorsAt}
          />
        ))}
      </section>

      <section aria-labelledby="context-heading" className="card">
        <h2 id="context-heading">What was going on</h2>
        {previous ? (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={copyPrevious}>
              {isLastNight ? "Same as last night" : "Same as last time"}
            </button>
            <span className="muted">
              Copies the tags and what you did on {formatShortDate(previous.date)}.
            </span>
          </div>
        ) : null}
        <p aria-live="polite" className="muted">
          {copyMessage}
        </p>
        {TAG_KINDS.map((kind) => (
          <TagPicker
            key={kind}
            kind={kind}
            tags={draft.tags
              .map((tag, index) => ({ tag, index }))
              .filter(({ tag }) => tag.kind === kind)}
            onChange={(change) =>
              update((current) => ({
                ...current,
                tags: applyListChange<TagDraft>(current.tags, change),
              }))
            }
            suggestions={props.tagSuggestions.filter((suggestion) => suggestion.kind === kind)}
            errorsAt={errorsAt}
          />
        ))}
        <ScaleField
          id="stress"
          name="stress"
          legend="Stress level today"
          value={draft.stress}
          onChange={(stress) => update((current) => ({ ...current, stress }))}
          noneLabel="Skip"
          lowLabel="none"
          highLabel="extreme"
          errors={errorsAt("stress")}
        />
        {errorsAt("tags") ? <p className="field-error">{errorsAt("tags")?.join(" ")}</p> : null}
      </section>

      <section aria-labelledby="relief-heading" className="card">
        <h2 id="relief-heading">What you did about it</h2>
        <ReliefPicker
          relief={draft.relief}
          onChange={(change) =>
            update((current) => ({
              ...current,
              relief: applyListChange<ReliefDraft>(current.relief, change),
            }))
          }
          items={props.reliefItems}
          errorsAt={errorsAt}
        />
        {errorsAt("relief") ? <p className="field-error">{errorsAt("relief")?.join(" ")}</p> : null}
      </section>

      <DayFactorsFieldset draft={draft} update={update} errorsAt={errorsAt} />

      <RedFlagFieldset
        flags={draft.redFlags}
        onChange={(redFlags) => update((current) => ({ ...current, redFlags }))}
        errors={errorsAt("redFlags")}
      />

      <div className="form-footer">
        <FormMessage
          message={showSaved || !state.ok ? state.message : undefined}
          isError={!state.ok}
        />
        {showSaved && state.hasUrgentRedFlag ? (
          <p className="alert-urgent">
            <strong>{URGENT_ADVICE.title}</strong>
            {URGENT_ADVICE.body}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? "Saving…" : "Save check-in"}
          </button>
          {showSaved ? <Link href="/journal">See your journal</Link> : null}
        </div>
      </div>
    </form>
  );
}
