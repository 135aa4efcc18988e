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
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import { FormMessage } from "@/components/ui/form-message";
import { fieldErrorsOf } from "@/lib/forms";
import { saveCheckInAction } from "@/lib/journal/actions";
import {
  draftFromCheckIn,
  emptyCheckInDraft,
  newRequestId,
  type ReliefDraft,
  type TagDraft,
  withPreviousTagsAndRelief,
} from "@/lib/journal/draft/check-in-draft";
import { formatShortDate, quickLogTime } from "@/lib/journal/format/dates";
import type { CheckInDraft } from "@/lib/journal/schema";
import type { CheckInDTO, CheckInFormDataDTO, CheckInFormState } from "@/lib/journal/types";
import { INTENSITY_ANCHORS, TAG_KINDS, URGENT_ADVICE } from "@/lib/journal/vocabulary/terms";
import { keepOnPhone, SAVED_ON_PHONE } from "@/lib/offline/outbox/keep";
import { addDays, PARTS_OF_DAY, type PartOfDay } from "@/lib/time";
import { CheckInDateField } from "./check-in-date-field";
import {
  CheckInConflict,
  DayFactorsFieldset,
  MedicationPicker,
  PartDetails,
  RedFlagFieldset,
  ReliefPicker,
  TagPicker,
} from "./check-in-lazy";
import { PartRating } from "./part-rating";
import { ScaleField } from "./scale-field";
import { useCheckInOutbox } from "./use-check-in-outbox";

export type CheckInFormProps = Omit<CheckInFormDataDTO, "isJournalEmpty"> & {
  today: string;
  latestDate: string;
  timeZone: string;
  /** The signed-in person: only their own saves kept on this phone are shown here. */
  userId: string;
  /** A check-in kept on this phone and refused as changed elsewhere, to compare (`?kept=`). */
  keptRequestId: string | null;
};

const NOT_SAVED =
  "Could not save just now. Check your connection and press Save again; everything is still here.";
const CHECK_FIELDS =
  "Some answers need another look; they are marked below. Nothing was saved yet.";
const KEPT_CHANGED_ELSEWHERE =
  "This check-in, saved on this phone while offline, was not sent: it had been changed on another device meanwhile, and that version is the one kept. Yours is still here: compare them below and choose.";

const countText = (count: number) => (count === 0 ? "optional" : `${count} chosen`);

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

/** The server's answer, or null when the request itself failed (offline, no answer). */
async function sendOrNothing(
  previousState: CheckInFormState,
  formData: FormData,
): Promise<CheckInFormState | null> {
  try {
    return await saveCheckInAction(previousState, formData);
  } catch {
    return null;
  }
}

/** The form's starting point: the saved check-in, or a new one; versions are always checked. */
function initialDraft(checkIn: CheckInDTO | null, date: string): CheckInDraft {
  const draft = checkIn
    ? draftFromCheckIn(checkIn)
    : { ...emptyCheckInDraft(date), baseVersion: null };
  return { ...draft, requestId: newRequestId() };
}

/**
 * The nightly check-in. Holds everything typed in its own state, so a validation error (checked
 * here first, then on the server) never loses anything. Each save carries a request id (a retry
 * of the same save is stored once) and the version it edits: when the check-in changed elsewhere
 * meanwhile, both versions are shown and the person chooses.
 */
export function CheckInForm(props: CheckInFormProps) {
  const { previous, quickLogs, timeZone } = props;
  const [draft, setDraft] = useState<CheckInDraft>(() => initialDraft(props.checkIn, props.date));
  // The request id last sent: once the draft changes after that, it is a new save.
  const sentRequestId = useRef<string | null>(null);
  const [localState, setLocalState] = useState<CheckInFormState | null>(null);
  const [isEdited, setIsEdited] = useState(false);
  const [copyMessage, setCopyMessage] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const [serverState, formAction, isPending] = useActionState(
    async (previousState: CheckInFormState, formData: FormData) => {
      // Known to be offline: kept on the phone at once rather than after a request fails.
      const result = navigator.onLine ? await sendOrNothing(previousState, formData) : null;
      if (!result) {
        // Offline, or no answer: kept on this phone with its request id and base version, and
        // sent when the connection is back; if even that fails, the form keeps everything.
        const payload = String(formData.get("payload"));
        const isKept = await keepOnPhone({ kind: "check-in", payload });
        return isKept ? { ok: true, message: SAVED_ON_PHONE } : { ok: false, message: NOT_SAVED };
      }
      // Saved: from now on a change of date moves this check-in rather than copying it, and the
      // next save edits the version just stored.
      if (result.ok && result.savedDate) {
        const { savedDate, version = null } = result;
        setDraft((current) => ({
          ...current,
          replacesDate: savedDate,
          baseVersion: version,
          requestId: newRequestId(),
        }));
      }
      return result;
    },
    { ok: false },
  );
  const outbox = useCheckInOutbox({
    userId: props.userId,
    keptRequestId: props.keptRequestId,
    sentRequestId,
    // The save kept on the phone was delivered: the next one edits the version it made.
    onDelivered: ({ savedDate, version }) =>
      setDraft((current) => ({
        ...current,
        replacesDate: savedDate,
        baseVersion: version,
        requestId: current.requestId === sentRequestId.current ? newRequestId() : current.requestId,
      })),
    onKeptConflict: (mine) => {
      setDraft({ ...mine, requestId: newRequestId() });
      setIsEdited(true);
      setLocalState({
        ok: false,
        message: KEPT_CHANGED_ELSEWHERE,
        conflict: { current: props.checkIn },
      });
    },
  });
  const state = localState ?? serverState;
  const errorsAt = (path: string) => state.fieldErrors?.[path];

  useEffect(() => {
    if (state.ok || !state.fieldErrors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function update(change: (current: CheckInDraft) => CheckInDraft) {
    setDraft((current) => {
      const next = change(current);
      return current.requestId === sentRequestId.current
        ? { ...next, requestId: newRequestId() }
        : next;
    });
    setIsEdited(true);
  }

  async function submit(toSend: CheckInDraft) {
    // Loaded when first needed, to keep zod out of the page's first-load JavaScript.
    const { checkInSchema } = await import("@/lib/journal/schema");
    const parsed = checkInSchema.safeParse(toSend);
    if (!parsed.success) {
      setLocalState({ ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) });
      return;
    }
    setLocalState(null);
    setIsEdited(false);
    sentRequestId.current = toSend.requestId ?? null;
    const formData = new FormData();
    formData.set("payload", JSON.stringify(toSend));
    startTransition(() => formAction(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    void submit(draft);
  }

  /** Saves what is in the form over the version stored elsewhere (or again, if it was deleted). */
  function keepMine(current: CheckInDTO | null) {
    void outbox.forgetKept();
    const next: CheckInDraft = {
      ...draft,
      baseVersion: current ? current.version : null,
      replacesDate: current ? draft.replacesDate : null,
      requestId: newRequestId(),
    };
    setDraft(next);
    void submit(next);
  }

  /** Drops what is in the form and shows the version stored elsewhere. */
  function takeSaved(current: CheckInDTO | null) {
    void outbox.forgetKept();
    setDraft(initialDraft(current, draft.replacesDate ?? draft.date));
    setIsEdited(false);
    setLocalState({ ok: false });
  }

  function setPart(part: PartOfDay, value: CheckInDraft["parts"][PartOfDay]) {
    update((current) => ({ ...current, parts: { ...current.parts, [part]: value } }));
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
  const hurtParts = PARTS_OF_DAY.filter((part) => (draft.parts[part].intensity ?? 0) > 0);
  const detailCount = hurtParts.reduce(
    (sum, part) => sum + draft.parts[part].areas.length + draft.parts[part].qualities.length,
    0,
  );
  const hasErrorsUnder = (...fragments: string[]) =>
    Object.keys(state.fieldErrors ?? {}).some((path) =>
      fragments.some((fragment) => path.startsWith(fragment) || path.endsWith(fragment)),
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

      <section aria-labelledby="pain-heading" className="ratings">
        <h2 id="pain-heading">How much did it hurt then?</h2>
        <p className="muted ratings__scale">
          0 = {INTENSITY_ANCHORS[0]} · 10 = worst · ? = don&rsquo;t remember
        </p>
        {PARTS_OF_DAY.map((part) => (
          <PartRating
            key={part}
            part={part}
            value={draft.parts[part]}
            onChange={(value) => setPart(part, value)}
            quickLogs={quickLogs.filter((log) => log.partOfDay === part)}
            quickLogTimes={quickLogTimes}
            errors={errorsAt(`parts.${part}.intensity`)}
          />
        ))}
      </section>

      {previous ? (
        <div className="button-row same-as">
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

      <CollapsibleSection
        title="Where and how it hurt"
        status={hurtParts.length === 0 ? "after a rating above 0" : countText(detailCount)}
        mustOpen={hasErrorsUnder(".areas", ".qualities")}
      >
        {hurtParts.length === 0 ? (
          <p className="muted">Give a part of the day a rating above 0 first.</p>
        ) : (
          hurtParts.map((part) => (
            <PartDetails
              key={part}
              part={part}
              value={draft.parts[part]}
              onChange={(value) => setPart(part, value)}
              errorsAt={errorsAt}
            />
          ))
        )}
      </CollapsibleSection>

      <CollapsibleSection
        title="What was going on"
        status={countText(draft.tags.length + (draft.stress === null ? 0 : 1))}
        mustOpen={hasErrorsUnder("tags", "stress")}
      >
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
      </CollapsibleSection>

      <CollapsibleSection
        title="What you did about it"
        status={countText(draft.relief.length)}
        mustOpen={hasErrorsUnder("relief")}
      >
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
      </CollapsibleSection>

      <CollapsibleSection
        title="Medications"
        status={countText(draft.medications?.length ?? 0)}
        mustOpen={hasErrorsUnder("medications")}
      >
        <MedicationPicker
          doses={draft.medications ?? []}
          onChange={(change) =>
            update((current) => ({
              ...current,
              medications: applyListChange(current.medications ?? [], change),
            }))
          }
          medications={props.medications}
          timeZone={timeZone}
          timeHint="Before 4 a.m. counts as the night of this day."
          errorsAt={errorsAt}
        />
      </CollapsibleSection>

      <CollapsibleSection
        title="Your day"
        status={countText(
          [
            draft.sittingHours.trim(),
            draft.sleepHours?.trim() ?? "",
            draft.sleepQuality,
            draft.note.trim(),
          ].filter((value) => value !== "" && value !== null).length,
        )}
        mustOpen={hasErrorsUnder("sittingHours", "sleepHours", "sleepQuality", "note")}
      >
        <DayFactorsFieldset draft={draft} update={update} errorsAt={errorsAt} />
      </CollapsibleSection>

      <CollapsibleSection
        title="Safety check"
        status={draft.redFlags.length > 0 ? `${draft.redFlags.length} ticked` : "nothing ticked"}
        isInitiallyOpen={draft.redFlags.length > 0}
        mustOpen={hasErrorsUnder("redFlags")}
      >
        <RedFlagFieldset
          flags={draft.redFlags}
          onChange={(redFlags) => update((current) => ({ ...current, redFlags }))}
          errors={errorsAt("redFlags")}
        />
      </CollapsibleSection>

      <div className="form-footer">
        {state.conflict ? (
          <CheckInConflict
            current={state.conflict.current}
            mine={draft}
            onKeepMine={() => keepMine(state.conflict?.current ?? null)}
            onUseSaved={() => takeSaved(state.conflict?.current ?? null)}
            isPending={isPending}
          />
        ) : null}
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
