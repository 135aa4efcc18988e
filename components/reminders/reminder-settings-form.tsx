"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { saveReminderSettingsAction } from "@/lib/reminders/actions";

/** The daily reminder time (the person's zone) and whether email reminders are on. */
export function ReminderSettingsForm({
  time,
  isEmailEnabled,
  isMailConfigured,
  timeZone,
}: {
  time: string;
  isEmailEnabled: boolean;
  isMailConfigured: boolean;
  timeZone: string;
}) {
  const [state, action, isPending] = useActionState<FormState, FormData>(
    saveReminderSettingsAction,
    initialFormState,
  );
  const error = state.fieldErrors?.time;
  return (
    <form action={action} className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <div className="field">
        <label htmlFor="reminder-time">Remind me at</label>
        <span id="reminder-time-hint" className="hint">
          Every evening, in your time zone ({timeZone.replaceAll("_", " ")}).
        </span>
        <input
          id="reminder-time"
          name="time"
          type="time"
          defaultValue={state.values?.time ?? time}
          required
          aria-describedby={error ? "reminder-time-hint reminder-time-error" : "reminder-time-hint"}
          aria-invalid={error ? true : undefined}
          style={{ maxWidth: "10rem" }}
        />
        {error ? (
          <p id="reminder-time-error" className="field-error">
            {error.join(" ")}
          </p>
        ) : null}
      </div>
      {isMailConfigured ? (
        <label className="check">
          <input type="checkbox" name="isEmailEnabled" value="on" defaultChecked={isEmailEnabled} />
          Also send me an email (skipped on nights I have already checked in)
        </label>
      ) : (
        <p className="muted">
          Email reminders need an email server: whoever runs this Backstory can set SMTP_URL.
        </p>
      )}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save reminder time"}
      </button>
    </form>
  );
}
