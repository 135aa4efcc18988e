"use client";

import { useActionState, useId } from "react";
import { type ConflictLine, VersionedFormFooter } from "@/components/ui/conflict-choice";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useVersionedForm } from "@/components/ui/use-versioned-form";
import { type FormState, initialFormState } from "@/lib/forms";
import { formatLongDate } from "@/lib/journal/format/dates";
import { createLifeEventAction, updateLifeEventAction } from "@/lib/life-events/actions";
import {
  LIFE_EVENT_CATEGORIES,
  LIFE_EVENT_CATEGORY_LABELS,
  type LifeEventCategory,
  type LifeEventDTO,
} from "@/lib/life-events/types";

type EventField = "date" | "title" | "category" | "note";

function eventLines(values: Partial<Record<EventField, string>>): ConflictLine[] {
  const category = values.category as LifeEventCategory | undefined;
  return [
    { label: "Date", value: values.date ? formatLongDate(values.date) : "" },
    { label: "Kind of event", value: category ? (LIFE_EVENT_CATEGORY_LABELS[category] ?? "") : "" },
    { label: "What happened", value: values.title ?? "" },
    { label: "Private note", value: values.note?.trim() || "no note" },
  ];
}

/**
 * Adds a life event (`requestId` from the server makes a retried submit add one), or changes
 * one (`event` given): when it changed elsewhere meanwhile, both versions are shown and the
 * person chooses. The note stays private.
 */
export function LifeEventForm({
  event,
  today,
  requestId,
}: {
  event?: LifeEventDTO;
  today: string;
  requestId?: string;
}) {
  const id = useId();
  const [state, action, isPending] = useActionState<FormState<EventField>, FormData>(
    event ? updateLifeEventAction : createLifeEventAction,
    initialFormState,
  );
  const form = useVersionedForm(state, event?.version ?? 1);
  // After adding, the form starts empty again; after an error or an edit it keeps what was typed.
  const values = form.values ?? {
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
      {event ? <input type="hidden" name="version" value={form.version} /> : null}
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
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
      <FormMessage message={form.message} isError={form.isError} />
      <VersionedFormFooter
        conflict={form.conflict}
        mine={values}
        toLines={eventLines}
        onTakeSaved={form.takeSaved}
        isPending={isPending}
        submitLabel={event ? "Save changes" : "Add event"}
      />
    </form>
  );
}
