"use client";

import { useActionState, useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createExperimentAction } from "@/lib/experiments/actions";
import {
  BLOCK_DAY_CHOICES,
  DEFAULT_DESIGN,
  DEFAULT_OUTCOME,
} from "@/lib/experiments/design/defaults";
import { EXPERIMENT_OUTCOMES, OUTCOME_LABELS, RULE_MAX } from "@/lib/experiments/types";
import { type FormState, initialFormState } from "@/lib/forms";

type ExperimentField =
  | "changeKind"
  | "reliefItemId"
  | "rule"
  | "outcome"
  | "blockDays"
  | "pairs"
  | "startDate";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="field-error">
      {errors.join(" ")}
    </p>
  ) : null;
}

/**
 * Plans a personal experiment. The request id (made on the server) makes a double submit create
 * one; on an error every field keeps what was chosen, with the error beside it.
 */
export function ExperimentForm({
  reliefItems,
  today,
  requestId,
}: {
  reliefItems: { id: string; name: string }[];
  today: string;
  requestId: string;
}) {
  const id = useId();
  const [state, action, isPending] = useActionState<FormState<ExperimentField>, FormData>(
    createExperimentAction,
    initialFormState,
  );
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const [changeKind, setChangeKind] = useState(values.changeKind ?? "relief");
  const [outcome, setOutcome] = useState<string>(values.outcome ?? DEFAULT_OUTCOME);
  const [blockDays, setBlockDays] = useState(values.blockDays ?? String(DEFAULT_DESIGN.blockDays));
  const [pairs, setPairs] = useState(values.pairs ?? String(DEFAULT_DESIGN.pairs));
  const nights = Number(blockDays) * 2 * Number(pairs);
  const describedBy = (field: ExperimentField, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action} className="experiment-form" key={JSON.stringify(state.values ?? {})}>
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset className="plain-fieldset">
        <legend>What will you change?</legend>
        <div className="choices">
          <label className="choice">
            <input
              type="radio"
              name="changeKind"
              value="relief"
              checked={changeKind === "relief"}
              onChange={() => setChangeKind("relief")}
            />
            <span>Something from my relief library</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="changeKind"
              value="rule"
              checked={changeKind === "rule"}
              onChange={() => setChangeKind("rule")}
            />
            <span>My own rule</span>
          </label>
        </div>
        {changeKind === "relief" ? (
          <div className="field">
            <label htmlFor={`${id}-reliefItemId`}>Relief item</label>
            <select
              id={`${id}-reliefItemId`}
              name="reliefItemId"
              defaultValue={values.reliefItemId ?? ""}
              aria-invalid={errors.reliefItemId ? true : undefined}
              aria-describedby={describedBy("reliefItemId")}
            >
              <option value="" disabled>
                Choose…
              </option>
              {reliefItems.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-reliefItemId-error`} errors={errors.reliefItemId} />
          </div>
        ) : (
          <Field
            id={`${id}-rule`}
            name="rule"
            label="Your rule"
            hint="What you will do on “on” nights, e.g. “no screens after 10”. Kept private and encrypted."
            maxLength={RULE_MAX}
            defaultValue={values.rule ?? ""}
            errors={errors.rule}
          />
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>What should it change?</label>
        <span id={`${id}-outcome-hint`} className="hint">
          Measured the day after each night, from your check-ins.
        </span>
        <select
          id={`${id}-outcome`}
          name="outcome"
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
          aria-invalid={errors.outcome ? true : undefined}
          aria-describedby={describedBy("outcome", `${id}-outcome-hint ${id}-outcome-power`)}
        >
          {EXPERIMENT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
        <span id={`${id}-outcome-power`} className="hint">
          {outcome === DEFAULT_OUTCOME
            ? "Recommended: the whole day averages several ratings, and 8 weeks find a real 1.5-point change about 8 times in 10."
            : "One part of the day is one rating a day: 8 weeks find a real 1.5-point change only about half the time, 16 weeks (e.g. 18 pairs of 3-night blocks) about 8 times in 10. The whole next day is the surer test."}
        </span>
        <FieldError id={`${id}-outcome-error`} errors={errors.outcome} />
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-blockDays`}>Nights in a block</label>
          <select
            id={`${id}-blockDays`}
            name="blockDays"
            value={blockDays}
            onChange={(event) => setBlockDays(event.target.value)}
            aria-invalid={errors.blockDays ? true : undefined}
            aria-describedby={describedBy("blockDays")}
          >
            {BLOCK_DAY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days}
                {days === DEFAULT_DESIGN.blockDays ? " (recommended)" : ""}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-blockDays-error`} errors={errors.blockDays} />
        </div>
        <Field
          id={`${id}-pairs`}
          name="pairs"
          label="Pairs of blocks"
          type="number"
          inputMode="numeric"
          min={2}
          max={20}
          value={pairs}
          onChange={(event) => setPairs(event.target.value)}
          errors={errors.pairs}
        />
      </div>
      <p className="muted" aria-live="polite">
        {Number.isFinite(nights) && nights > 0
          ? `${nights} nights (${Math.round((nights / 7) * 10) / 10} weeks): half “on”, half “off”.`
          : null}
      </p>
      <Field
        id={`${id}-startDate`}
        name="startDate"
        label="First night"
        type="date"
        min={today}
        defaultValue={values.startDate ?? today}
        errors={errors.startDate}
      />
      <p className="muted">
        Once you start, what is compared and how is fixed: the order of “on” and “off” blocks is
        drawn at random now, and the outcome and test cannot change.
      </p>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Drawing the order…" : "Start the experiment"}
      </button>
    </form>
  );
}
