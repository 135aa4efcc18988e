"use client";

import type { ChoiceOption } from "./choice-group";

/**
 * Big tap targets for any number of choices. Apart from the radios in choice-group.tsx: on
 * Tonight only the folded sections use checkboxes, so this loads with them, not with the page.
 */
export function CheckboxChoices<Value extends string>({
  name,
  options,
  values,
  onToggle,
  className,
}: {
  name: string;
  options: readonly ChoiceOption<Value>[];
  values: readonly Value[];
  onToggle: (value: Value, isChecked: boolean) => void;
  className?: string;
}) {
  return (
    <div className={`choices ${className ?? ""}`}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
