"use client";

import type { ReactNode } from "react";

export type ChoiceOption<Value extends string> = { value: Value; label: ReactNode };

type GroupProps = {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
};

/** A fieldset whose legend, hint and errors are tied together for screen readers. */
export function ChoiceFieldset({
  id,
  legend,
  legendClassName,
  hint,
  errors,
  className,
  children,
}: GroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      className={`plain-fieldset ${className ?? ""}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className={legendClassName}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="hint muted">
          {hint}
        </p>
      ) : null}
      {children}
      {errorId ? (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Big tap targets for one choice among several (native radios: arrow keys move between them). */
export function RadioChoices<Value extends string>({
  name,
  options,
  value,
  onChange,
  isInvalid,
  className,
}: {
  name: string;
  options: readonly ChoiceOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  isInvalid?: boolean;
  className?: string;
}) {
  return (
    <div className={`choices ${className ?? ""}`}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={isInvalid ? true : undefined}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
