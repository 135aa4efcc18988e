"use client";

import { useActionState } from "react";
import { type ConflictLine, VersionedFormFooter } from "@/components/ui/conflict-choice";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useVersionedForm } from "@/components/ui/use-versioned-form";
import { type FormState, initialFormState } from "@/lib/forms";
import { formatLongDate } from "@/lib/journal/format/dates";
import { saveOnsetAction } from "@/lib/life-events/actions";
import type { OnsetDTO } from "@/lib/life-events/types";

type OnsetField = "painBeganOn" | "flareBeganOn";

function onsetLines(values: Partial<Record<OnsetField, string>>): ConflictLine[] {
  const date = (value: string | undefined) => (value ? formatLongDate(value) : "not given");
  return [
    { label: "This pain began on", value: date(values.painBeganOn) },
    { label: "This flare began on", value: date(values.flareBeganOn) },
  ];
}

/**
 * When this pain began, and when the current flare began; either may stay blank. Dates changed
 * elsewhere meanwhile are shown beside these, and the person chooses.
 */
export function OnsetForm({ onset, today }: { onset: OnsetDTO; today: string }) {
  const [state, action, isPending] = useActionState<FormState<OnsetField>, FormData>(
    saveOnsetAction,
    initialFormState,
  );
  const form = useVersionedForm(state, onset.version);
  const value = (field: OnsetField) => form.values?.[field] ?? onset[field] ?? "";
  return (
    <form action={action} className="narrow">
      <input type="hidden" name="version" value={form.version} />
      <Field
        name="painBeganOn"
        label="This pain began on"
        hint="Roughly is fine: pick the first of the month if that is all you remember."
        type="date"
        max={today}
        defaultValue={value("painBeganOn")}
        key={`pain-${value("painBeganOn")}`}
        errors={state.fieldErrors?.painBeganOn}
      />
      <Field
        name="flareBeganOn"
        label="This flare began on (optional)"
        hint="If it is worse now than usual: when did this bout start?"
        type="date"
        max={today}
        defaultValue={value("flareBeganOn")}
        key={`flare-${value("flareBeganOn")}`}
        errors={state.fieldErrors?.flareBeganOn}
      />
      <FormMessage message={form.message} isError={form.isError} />
      <VersionedFormFooter
        conflict={form.conflict}
        mine={{ painBeganOn: value("painBeganOn"), flareBeganOn: value("flareBeganOn") }}
        toLines={onsetLines}
        onTakeSaved={form.takeSaved}
        isPending={isPending}
        submitLabel="Save dates"
      />
    </form>
  );
}
