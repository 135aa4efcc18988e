"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { updateSettingsAction } from "@/lib/accounts/actions";
import { type FormState, initialFormState } from "@/lib/forms";

/** The person's time zone: every local date and part of day is computed in it. */
export function SettingsForm({ timeZone, timeZones }: { timeZone: string; timeZones: string[] }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(
    updateSettingsAction,
    initialFormState,
  );
  const current = state.values?.timeZone ?? timeZone;
  const error = state.fieldErrors?.timeZone;
  return (
    <form action={action} className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <div className="field">
        <label htmlFor="timeZone">Time zone</label>
        <span id="timeZone-hint" className="hint">
          Days and parts of the day (morning, afternoon, evening, night) follow this zone.
        </span>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={current}
          key={current}
          aria-describedby={error ? "timeZone-hint timeZone-error" : "timeZone-hint"}
          aria-invalid={error ? true : undefined}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {error ? (
          <p id="timeZone-error" className="field-error">
            {error.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
