"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { formatLongDate } from "@/lib/journal/format/dates";
import { savePegAction } from "@/lib/peg/actions";
import { PEG_FIELDS, PEG_QUESTIONS } from "@/lib/peg/questionnaire/wording";
import type { PegStatus } from "@/lib/peg/types";

type Field = (typeof PEG_FIELDS)[number];
const SCALE = Array.from({ length: 11 }, (_, value) => String(value));

/**
 * The three weekly questions, each 0–10. When the next one is not due yet the form waits behind
 * a button: answering more often is allowed, never asked for.
 */
export function PegForm({ status }: { status: PegStatus }) {
  const [state, action, isPending] = useActionState<FormState<Field>, FormData>(
    savePegAction,
    initialFormState,
  );
  const [isOpen, setOpen] = useState(status.isDue);
  if (!isOpen && !state.ok) {
    return (
      <div>
        <p>
          {status.dueFrom
            ? `The next one is due from ${formatLongDate(status.dueFrom)}.`
            : "Nothing due."}
        </p>
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Answer now anyway
        </button>
      </div>
    );
  }
  return (
    <form action={action}>
      {PEG_FIELDS.map((field) => {
        const { question, low, high } = PEG_QUESTIONS[field];
        const errors = state.fieldErrors?.[field];
        const chosen = state.ok ? undefined : state.values?.[field];
        return (
          <fieldset
            key={field}
            className="plain-fieldset"
            aria-describedby={errors ? `peg-${field}-error` : undefined}
          >
            <legend>{question}</legend>
            <div className="choices choices--scale">
              {SCALE.map((value) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={field}
                    value={value}
                    defaultChecked={chosen === value}
                    key={`${value}-${chosen ?? ""}`}
                  />
                  <span>{value}</span>
                </label>
              ))}
            </div>
            <div className="scale-anchors">
              <span>{low}</span>
              <span>{high}</span>
            </div>
            {errors ? (
              <p id={`peg-${field}-error`} className="field-error">
                {errors.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save this week's answers"}
      </button>
    </form>
  );
}
