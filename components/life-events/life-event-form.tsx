"use client";

import { useActionState, useId } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { createLifeEventAction, updateLifeEventAction } from "@/lib/life-events/actions";
import {
  LIFE_EVENT_CATEGORIES,
  LIFE_EVENT_CATEGORY_LABELS,
  type LifeEventDTO,
} from "@/lib/life-events/types";

type EventField = "date" | "title" | "category" | "note";

/** Adds a life event, or changes one (`event` given). The note stays private. */
export function LifeEventForm({ event, today }: { event?: LifeEventDTO; today: string }) {
  const id = useId();
  const [state, action, isPending] = useActionState<FormState<EventField>, FormData>(
    event ? updateLifeEventAction : createLifeEventAction,
    initialFormState,
  );
  // After adding, the form starts empty again; after an error or an edit it keeps what was typed.
  const values = state.values ?? {
    date: event?.date ?? "",
    title: event?.title ?? "",
    category: event?.category ?? "",
    note: event?.note ?? "",
  };
  const errors = state.fieldErrors ?? {};
  const formKey = JSON.stringify(values);
  return (
    <form action={action} className="life-event-form" key={formKey}>
      {event ? <input type="hidden" name="id" value={event.id} /> : null}
      <div className="inline-fields">
        <Field
          id={`${id}-date`}
          name="date"
          label="Date"
          type="date"
          max={today}
          required
          defaultValue={values.date}
          errors={errors.date}
        />
        <div className="field">
          <label htmlFor={`${id}-category`}>Kind of event</label>
          <select
            id={`${id}-category`}
            name="category"
            required
            defaultValue={values.category}
            aria-invalid={errors.category ? true : undefined}
            aria-describedby={errors.category ? `${id}-category-error` : undefined}
          >
            <option value="" disabled>
              Choose…
            </option>
            {LIFE_EVENT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {LIFE_EVENT_CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
          {errors.category ? (
            <p id={`${id}-category-error`} className="field-error">
              {errors.category.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <Field
        id={`${id}-title`}
        name="title"
        label="What happened"
        hint="A few words, e.g. “new job”, “moved house”, “argument with my sister”."
        required
        maxLength={120}
        defaultValue={values.title}
        errors={errors.title}
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>Private note (optional)</label>
        <span id={`${id}-note-hint`} className="hint">
          Only you see it; a shared summary leaves it out unless you include notes.
        </span>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={3}
          defaultValue={values.note}
          aria-describedby={errors.note ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
          aria-invalid={errors.note ? true : undefined}
        />
        {errors.note ? (
          <p id={`${id}-note-error`} className="field-error">
            {errors.note.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : event ? "Save changes" : "Add event"}
      </button>
    </form>
  );
}
