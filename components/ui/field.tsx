import type { InputHTMLAttributes } from "react";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and errors tied to it for screen readers. */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      <input
        id={inputId}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
