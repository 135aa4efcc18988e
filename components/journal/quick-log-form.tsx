"use client";

import Link from "next/link";
import { type FormEvent, startTransition, useActionState, useId, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { fieldErrorsOf } from "@/lib/forms";
import { createQuickLogAction } from "@/lib/journal/actions";
import { hasTagNamed, newRequestId } from "@/lib/journal/draft/check-in-draft";
import type { QuickLogDraft } from "@/lib/journal/schema";
import type { QuickLogFormState, TagSuggestionDTO } from "@/lib/journal/types";
import { TAG_NAME_MAX } from "@/lib/journal/vocabulary/limits";
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  type BodyArea,
  INTENSITY_ANCHORS,
  TAG_KIND_LABELS,
  TAG_KINDS,
  type TagKind,
} from "@/lib/journal/vocabulary/terms";
import type { MedicationDTO } from "@/lib/medications/types";
import { keepOnPhone, SAVED_ON_PHONE } from "@/lib/offline/outbox/keep";
import { CheckboxChoices } from "./checkbox-choices";
import { ChoiceFieldset } from "./choice-group";
import { MedicationPicker } from "./medication-picker-lazy";
import { ScaleField } from "./scale-field";

const AREA_OPTIONS = BODY_AREAS.map((area) => ({ value: area, label: BODY_AREA_LABELS[area] }));
const SUGGESTIONS_SHOWN = 8;

// Intensity -1 means "not chosen yet": the schema refuses it, so the log cannot be sent without one.
const blank = (): QuickLogDraft => ({
  requestId: newRequestId(),
  intensity: -1,
  areas: [],
  tags: [],
  medications: [],
});

/**
 * Three taps during the day: how much it hurts now, where (optional), what is going on
 * (optional). The server files it under the part of the day it is now, in the person's zone.
 */
export function QuickLogForm({
  tagSuggestions,
  medications,
}: {
  tagSuggestions: TagSuggestionDTO[];
  medications: MedicationDTO[];
}) {
  const id = useId();
  const [draft, setDraft] = useState<QuickLogDraft>(blank);
  const [localState, setLocalState] = useState<QuickLogFormState | null>(null);
  const [newTag, setNewTag] = useState("");
  const [newTagKind, setNewTagKind] = useState<TagKind>("CONTEXT");
  const [serverState, formAction, isPending] = useActionState(
    async (previous: QuickLogFormState, formData: FormData) => {
      let result: QuickLogFormState | null = null;
      try {
        // Known to be offline: kept on the phone at once rather than after a request fails.
        if (navigator.onLine) result = await createQuickLogAction(previous, formData);
      } catch {
        // No answer: kept on the phone below; its request id makes sending it again safe.
      }
      if (!result) {
        const isKept = await keepOnPhone({
          kind: "quick-log",
          payload: String(formData.get("payload")),
        });
        if (!isKept)
          return { ok: false, message: "Could not log it just now. Press Log it again." };
        setDraft(blank());
        return { ok: true, message: SAVED_ON_PHONE };
      }
      // Stored: the next log is a new one, with its own request id.
      if (result.ok) setDraft(blank());
      return result;
    },
    { ok: false },
  );
  const state = localState ?? serverState;
  const intensityErrors = state.fieldErrors?.intensity;
  const hasDoseErrors = Object.keys(state.fieldErrors ?? {}).some((path) =>
    path.startsWith("medications"),
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    // Loaded when first needed, to keep zod out of the page's first-load JavaScript.
    const { quickLogSchema } = await import("@/lib/journal/schema");
    const parsed = quickLogSchema.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      setLocalState({
        ok: false,
        message: fieldErrors.intensity
          ? "Choose how much it hurts first."
          : "Some answers need another look; they are marked below. Nothing was saved yet.",
        fieldErrors,
      });
      return;
    }
    setLocalState(null);
    const formData = new FormData();
    // The moment it was logged goes with it, so a log kept offline and sent later keeps its time.
    formData.set("payload", JSON.stringify({ ...draft, loggedAt: new Date().toISOString() }));
    startTransition(() => formAction(formData));
  }

  function toggleTag(tag: { kind: TagKind; name: string }, isOn: boolean) {
    setDraft((current) => ({
      ...current,
      tags: isOn
        ? hasTagNamed(current.tags, tag)
          ? current.tags
          : [...current.tags, tag]
        : current.tags.filter((t) => !(t.kind === tag.kind && t.name === tag.name)),
    }));
  }

  function addNewTag() {
    const name = newTag.trim();
    if (name) toggleTag({ kind: newTagKind, name }, true);
    setNewTag("");
  }

  const offered = tagSuggestions.slice(0, SUGGESTIONS_SHOWN);
  const extraTags = draft.tags.filter(
    (tag) => !offered.some((s) => s.kind === tag.kind && s.name === tag.name),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Quick log">
      <ScaleField
        id="quick-intensity"
        name="intensity"
        legend="How much does it hurt right now?"
        legendClassName="section-title"
        value={draft.intensity >= 0 ? draft.intensity : null}
        onChange={(intensity) => {
          setLocalState(null);
          setDraft((current) => ({ ...current, intensity: intensity ?? -1 }));
        }}
        lowLabel={INTENSITY_ANCHORS[0]}
        highLabel={INTENSITY_ANCHORS[10]}
        errors={intensityErrors}
      />
      <ChoiceFieldset id="quick-areas" legend="Where? (optional)" legendClassName="section-title">
        <CheckboxChoices<BodyArea>
          name="areas"
          options={AREA_OPTIONS}
          values={draft.areas}
          onToggle={(area, isChecked) =>
            setDraft((current) => ({
              ...current,
              areas: isChecked
                ? [...current.areas.filter((a) => a !== area), area]
                : current.areas.filter((a) => a !== area),
            }))
          }
        />
      </ChoiceFieldset>
      <ChoiceFieldset
        id="quick-tags"
        legend="What's going on? (optional)"
        legendClassName="section-title"
        errors={state.fieldErrors?.tags}
      >
        <div className="choices">
          {[...offered.map((s) => ({ kind: s.kind, name: s.name })), ...extraTags].map((tag) => (
            <label key={`${tag.kind}:${tag.name}`} className="choice">
              <input
                type="checkbox"
                checked={draft.tags.some((t) => t.kind === tag.kind && t.name === tag.name)}
                onChange={(event) => toggleTag(tag, event.currentTarget.checked)}
              />
              <span>{tag.name}</span>
            </label>
          ))}
        </div>
        <div className="add-row">
          <div className="field">
            <label htmlFor={`${id}-tag`}>Something else</label>
            <input
              id={`${id}-tag`}
              value={newTag}
              maxLength={TAG_NAME_MAX}
              autoComplete="off"
              onChange={(event) => setNewTag(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addNewTag();
                }
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
              value={newTagKind}
              onChange={(event) => setNewTagKind(event.currentTarget.value as TagKind)}
            >
              {TAG_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {TAG_KIND_LABELS[kind].label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={addNewTag}>
            Add
          </button>
        </div>
      </ChoiceFieldset>
      {/* A native disclosure: no script of its own; the picker inside loads when the page has. */}
      <details className="card disclosure" open={hasDoseErrors || undefined}>
        <summary>Medications taken ({(draft.medications ?? []).length || "optional"})</summary>
        <MedicationPicker
          doses={draft.medications ?? []}
          onChange={({ add, remove, update }) =>
            setDraft((current) => {
              const doses = current.medications ?? [];
              if (add) return { ...current, medications: [...doses, add] };
              if (update) {
                const [at, dose] = update;
                return { ...current, medications: doses.map((d, i) => (i === at ? dose : d)) };
              }
              return { ...current, medications: doses.filter((_, i) => i !== remove) };
            })
          }
          medications={medications}
          timeHint="Leave the time blank for now."
          errorsAt={(path) => state.fieldErrors?.[path]}
        />
      </details>
      <div className="form-footer">
        <FormMessage message={state.message} isError={!state.ok} />
        <div className="button-row">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? "Logging…" : "Log it"}
          </button>
          {state.ok ? <Link href="/journal">See your journal</Link> : null}
        </div>
      </div>
    </form>
  );
}
