"use client";

import { type ReactNode, useActionState, useId, useState } from "react";
import type { FormState } from "@/lib/forms";

/**
 * A delete that asks first: the first button opens a confirmation with the consequences spelled
 * out; only "Yes, delete" runs the (user-scoped) server action.
 */
export function DeleteButton({
  action,
  fields,
  label,
  confirmText,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** e.g. "Delete…", with hidden words that say what, for screen readers. */
  label: ReactNode;
  confirmText: string;
}) {
  const id = useId();
  const [isAsking, setAsking] = useState(false);
  const [state, formAction, isPending] = useActionState(action, { ok: false });
  if (state.ok) {
    return (
      <p role="status" className="muted">
        {state.message}
      </p>
    );
  }
  return (
    <div>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={isAsking}
        aria-controls={`${id}-confirm`}
        onClick={() => setAsking((open) => !open)}
      >
        {label}
      </button>
      <div id={`${id}-confirm`} hidden={!isAsking}>
        {isAsking ? (
          <form action={formAction} className="confirm-box">
            <p id={`${id}-text`}>{confirmText}</p>
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="button-row">
              <button
                type="submit"
                className="button button--danger"
                disabled={isPending}
                aria-describedby={`${id}-text`}
              >
                {isPending ? "Deleting…" : "Yes, delete"}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setAsking(false)}
              >
                Cancel
              </button>
            </div>
            {state.message ? (
              <p role="alert" className="field-error">
                {state.message}
              </p>
            ) : null}
          </form>
        ) : null}
      </div>
    </div>
  );
}
