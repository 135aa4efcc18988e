"use client";

import Link from "next/link";
import { useState } from "react";
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import { FormMessage } from "@/components/ui/form-message";
import { type TagDraft, withPreviousTagsAndRelief } from "@/lib/journal/draft/check-in-draft";
import { formatShortDate } from "@/lib/journal/format/dates";
import type { CheckInDraft } from "@/lib/journal/schema";
import type { CheckInDTO, CheckInFormDataDTO, CheckInFormState } from "@/lib/journal/types";
import { TAG_KINDS, URGENT_ADVICE } from "@/lib/journal/vocabulary/terms";
import { addDays, PARTS_OF_DAY, type PartOfDay } from "@/lib/time";
import { CheckInConflict, PartDetails, TagPicker } from "./check-in-lazy";
import { ScaleField } from "./scale-field";
import type { ListChange } from "./use-check-in-draft";

type Update = (change: (current: CheckInDraft) => CheckInDraft) => void;

/** A folded section's status line: how many answers it holds. */
export const countText = (count: number) => (count === 0 ? "optional" : `${count} chosen`);

/** How many of "Your day"'s answers (sitting, sleep, sleep quality, note) are filled in. */
export function dayAnswerCount(draft: CheckInDraft): number {
  return [
    draft.sittingHours.trim(),
    draft.sleepHours?.trim() ?? "",
    draft.sleepQuality,
    draft.note.trim(),
  ].filter((value) => value !== "" && value !== null).length;
}

/** "Where and how it hurt": the areas and kinds of pain of each part of the day that hurt. */
export function HurtDetailsSection({
  draft,
  onChange,
  mustOpen,
  errorsAt,
}: {
  draft: CheckInDraft;
  onChange: (part: PartOfDay, value: CheckInDraft["parts"][PartOfDay]) => void;
  /** Errors inside keep it open. */
  mustOpen: boolean;
  errorsAt: (path: string) => string[] | undefined;
}) {
  const hurtParts = PARTS_OF_DAY.filter((part) => (draft.parts[part].intensity ?? 0) > 0);
  const detailCount = hurtParts.reduce(
    (sum, part) => sum + draft.parts[part].areas.length + draft.parts[part].qualities.length,
    0,
  );
  return (
    <CollapsibleSection
      title="Where and how it hurt"
      status={hurtParts.length === 0 ? "after a rating above 0" : countText(detailCount)}
      mustOpen={mustOpen}
    >
      {hurtParts.length === 0 ? (
        <p className="muted">Give a part of the day a rating above 0 first.</p>
      ) : (
        hurtParts.map((part) => (
          <PartDetails
            key={part}
            part={part}
            value={draft.parts[part]}
            onChange={(value) => onChange(part, value)}
            errorsAt={errorsAt}
          />
        ))
      )}
    </CollapsibleSection>
  );
}

/** "What was going on": the people, places and feelings of the day, and the stress level. */
export function GoingOnSection({
  draft,
  update,
  onTagsChange,
  suggestions,
  mustOpen,
  errorsAt,
}: {
  draft: CheckInDraft;
  update: Update;
  onTagsChange: (change: ListChange<TagDraft>) => void;
  suggestions: CheckInFormDataDTO["tagSuggestions"];
  /** Errors inside keep it open. */
  mustOpen: boolean;
  errorsAt: (path: string) => string[] | undefined;
}) {
  return (
    <CollapsibleSection
      title="What was going on"
      status={countText(draft.tags.length + (draft.stress === null ? 0 : 1))}
      mustOpen={mustOpen}
    >
      {TAG_KINDS.map((kind) => (
        <TagPicker
          key={kind}
          kind={kind}
          tags={draft.tags
            .map((tag, index) => ({ tag, index }))
            .filter(({ tag }) => tag.kind === kind)}
          onChange={onTagsChange}
          suggestions={suggestions.filter((suggestion) => suggestion.kind === kind)}
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
  );
}

/** "Same as last night": copies the tags, what was done and the doses from the previous check-in. */
export function SameAsLastTime({
  previous,
  draft,
  update,
}: {
  previous: CheckInFormDataDTO["previous"];
  draft: CheckInDraft;
  update: Update;
}) {
  const [message, setMessage] = useState("");

  function copyPrevious() {
    if (!previous) return;
    const next = withPreviousTagsAndRelief(draft, previous);
    const tags = next.tags.length - draft.tags.length;
    const relief = next.relief.length - draft.relief.length;
    const doses = (next.medications?.length ?? 0) - (draft.medications?.length ?? 0);
    update(() => next);
    setMessage(
      `Added ${tags} tag${tags === 1 ? "" : "s"}, ${relief} thing${relief === 1 ? "" : "s"} you did and ${doses} dose${doses === 1 ? "" : "s"}, from ${formatShortDate(previous.date)}.`,
    );
  }

  const isLastNight = previous && previous.date === addDays(draft.date, -1);
  return (
    <>
      {previous ? (
        <div className="button-row same-as">
          <button type="button" className="button button--secondary" onClick={copyPrevious}>
            {isLastNight ? "Same as last night" : "Same as last time"}
          </button>
          <span className="muted">
            Copies the tags, what you did and the doses of {formatShortDate(previous.date)}.
          </span>
        </div>
      ) : null}
      <p aria-live="polite" className="muted">
        {message}
      </p>
    </>
  );
}

/**
 * The end of the form: both versions when the check-in changed elsewhere, the answer to the
 * last save (with the urgent advice when a red flag calls for it) and the save button.
 */
export function CheckInFooter({
  state,
  draft,
  isPending,
  isSaved,
  onKeepMine,
  onUseSaved,
}: {
  state: CheckInFormState;
  draft: CheckInDraft;
  isPending: boolean;
  /** Saved, and nothing changed since. */
  isSaved: boolean;
  onKeepMine: (current: CheckInDTO | null) => void;
  onUseSaved: (current: CheckInDTO | null) => void;
}) {
  return (
    <div className="form-footer">
      {state.conflict ? (
        <CheckInConflict
          current={state.conflict.current}
          mine={draft}
          onKeepMine={() => onKeepMine(state.conflict?.current ?? null)}
          onUseSaved={() => onUseSaved(state.conflict?.current ?? null)}
          isPending={isPending}
        />
      ) : null}
      <FormMessage message={isSaved || !state.ok ? state.message : undefined} isError={!state.ok} />
      {isSaved && state.hasUrgentRedFlag ? (
        <p className="alert-urgent">
          <strong>{URGENT_ADVICE.title}</strong>
          {URGENT_ADVICE.body}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Saving…" : "Save check-in"}
        </button>
        {isSaved ? <Link href="/journal">See your journal</Link> : null}
      </div>
    </div>
  );
}
