"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { saveOnsetAction } from "@/lib/life-events/actions";
import type { OnsetDTO } from "@/lib/life-events/types";

type OnsetField = "painBeganOn" | "flareBeganOn";

/** When this pain began, and when the current flare began; either may stay blank. */
export function OnsetForm({ onset, today }: { onset: OnsetDTO; today: string }) {
  const [state, action, isPending] = useActionState<FormState<OnsetField>, FormData>(
    saveOnsetAction,
    initialFormState,
  );
  const value = (field: OnsetField) => state.values?.[field] ?? onset[field] ?? "";
  return (
    <form action={action} className="narrow">
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
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save dates"}
      </button>
    </form>
  );
}
