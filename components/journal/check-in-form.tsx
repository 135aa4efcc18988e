"use client";

import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
} from "react";
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import type { CheckInDraft } from "@/lib/journal/schema";
import type { CheckInDTO, CheckInFormDataDTO, CheckInFormState } from "@/lib/journal/types";
import { INTENSITY_ANCHORS } from "@/lib/journal/vocabulary/terms";
import { PARTS_OF_DAY, type PartOfDay } from "@/lib/time";
import { CheckInDateField } from "./check-in-date-field";
import {
  DayFactorsFieldset,
  MedicationPicker,
  RedFlagFieldset,
  ReliefPicker,
} from "./check-in-lazy";
import {
  CheckInFooter,
  countText,
  dayAnswerCount,
  GoingOnSection,
  HurtDetailsSection,
  SameAsLastTime,
} from "./check-in-parts";
import { sendOrKeepOnPhone } from "./check-in-send";
import { PartRating } from "./part-rating";
import { useCheckInDraft } from "./use-check-in-draft";
import { useCheckInOutbox } from "./use-check-in-outbox";

export type CheckInFormProps = Omit<CheckInFormDataDTO, "isJournalEmpty"> & {
  today: string;
  latestDate: string;
  timeZone: string;
  /** The signed-in person: only their own saves kept on this phone are shown here. */
  userId: string;
  /** A check-in kept on this phone and refused as changed elsewhere, to compare (`?kept=`). */
  keptRequestId: string | null;
  /** Each quick log's local time ("14:05"), by id, formatted on the server. */
  quickLogTimes: Record<string, string>;
};

/**
 * The nightly check-in. Holds everything typed in its own state, so a validation error (checked
 * here first, then on the server) never loses anything. Each save carries a request id (a retry
 * of the same save is stored once) and the version it edits: when the check-in changed elsewhere
 * meanwhile, both versions are shown and the person chooses.
 */
export function CheckInForm(props: CheckInFormProps) {
  const { previous, quickLogs, timeZone } = props;
  const { draft, update, changeList, ...drafts } = useCheckInDraft(props);
  const [localState, setLocalState] = useState<CheckInFormState | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [serverState, formAction, isPending] = useActionState(
    async (previousState: CheckInFormState, formData: FormData) => {
      const result = await sendOrKeepOnPhone(previousState, formData);
      // Saved: from now on a change of date moves this check-in rather than copying it, and the
      // next save edits the version just stored.
      if (result.ok && result.savedDate) {
        drafts.markStored({ savedDate: result.savedDate, version: result.version ?? null });
      }
      return result;
    },
    { ok: false },
  );
  const outbox = useCheckInOutbox({
    userId: props.userId,
    keptRequestId: props.keptRequestId,
    sentRequestId: drafts.sentRequestId,
    onDelivered: drafts.markStored,
    onKeptConflict: async (mine) => {
      // The words come with the comparison view, shown next anyway (not in the first load).
      const { KEPT_CHANGED_ELSEWHERE } = await import("./check-in-conflict");
      drafts.restore(mine);
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

  async function submit(toSend: CheckInDraft) {
    const { refusalOf } = await import("./check-in-check");
    const refusal = refusalOf(toSend);
    if (refusal) {
      setLocalState(refusal);
      return;
    }
    setLocalState(null);
    drafts.markSent(toSend);
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
    void submit(drafts.overwriting(current));
  }

  /** Drops what is in the form and shows the version stored elsewhere. */
  function takeSaved(current: CheckInDTO | null) {
    void outbox.forgetKept();
    drafts.takeStored(current);
    setLocalState({ ok: false });
  }

  function setPart(part: PartOfDay, value: CheckInDraft["parts"][PartOfDay]) {
    update((current) => ({ ...current, parts: { ...current.parts, [part]: value } }));
  }

  const hasErrorsUnder = (...fragments: string[]) =>
    Object.keys(state.fieldErrors ?? {}).some((path) =>
      fragments.some((fragment) => path.startsWith(fragment) || path.endsWith(fragment)),
    );
  const showSaved = state.ok && !drafts.isEdited;

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
            quickLogTimes={props.quickLogTimes}
            errors={errorsAt(`parts.${part}.intensity`)}
          />
        ))}
      </section>

      <SameAsLastTime previous={previous} draft={draft} update={update} />

      <HurtDetailsSection
        draft={draft}
        onChange={setPart}
        mustOpen={hasErrorsUnder(".areas", ".qualities")}
        errorsAt={errorsAt}
      />

      <GoingOnSection
        draft={draft}
        update={update}
        onTagsChange={changeList("tags")}
        suggestions={props.tagSuggestions}
        mustOpen={hasErrorsUnder("tags", "stress")}
        errorsAt={errorsAt}
      />

      <CollapsibleSection
        title="What you did about it"
        status={countText(draft.relief.length)}
        mustOpen={hasErrorsUnder("relief")}
      >
        <ReliefPicker
          relief={draft.relief}
          onChange={changeList("relief")}
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
          onChange={changeList("medications")}
          medications={props.medications}
          timeZone={timeZone}
          timeHint="Before 4 a.m. counts as the night of this day."
          errorsAt={errorsAt}
        />
      </CollapsibleSection>

      <CollapsibleSection
        title="Your day"
        status={countText(dayAnswerCount(draft))}
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

      <CheckInFooter
        state={state}
        draft={draft}
        isPending={isPending}
        isSaved={showSaved}
        onKeepMine={keepMine}
        onUseSaved={takeSaved}
      />
    </form>
  );
}
