"use client";

import type { ReactNode } from "react";
import { ChoiceFieldset, type ChoiceOption, RadioChoices } from "./choice-group";

type ScaleValue = "none" | `${number}`;

/**
 * A 0–10 rating as eleven numbered radio buttons, optionally with a "none" choice ("Don't
 * remember", "Skip"); the ends of the scale are named for everyone and read out with 0 and 10.
 */
export function ScaleField({
  id,
  name,
  legend,
  legendClassName,
  value,
  onChange,
  noneLabel,
  lowLabel,
  highLabel,
  hint,
  errors,
  isCompact = false,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** A choice for "no answer" (e.g. "Don't remember"); without it an answer is required. */
  noneLabel?: string;
  lowLabel: string;
  highLabel: string;
  hint?: ReactNode;
  errors?: string[];
  /**
   * Two rows of six (0–5, 6–10 and "?" for the none choice) with the scale's ends said once by
   * the caller: four of these fit one phone screen.
   */
  isCompact?: boolean;
}) {
  const options: ChoiceOption<ScaleValue>[] = [
    ...Array.from({ length: 11 }, (_, n) => ({
      value: `${n}` as ScaleValue,
      label:
        n === 0 || n === 10 ? (
          <>
            {n}
            <em className="visually-hidden"> ({n === 0 ? lowLabel : highLabel})</em>
          </>
        ) : (
          String(n)
        ),
    })),
    ...(noneLabel
      ? [
          {
            value: "none" as const,
            label: isCompact ? (
              <>
                ?<em className="visually-hidden"> ({noneLabel})</em>
              </>
            ) : (
              noneLabel
            ),
          },
        ]
      : []),
  ];
  return (
    <ChoiceFieldset
      id={id}
      legend={legend}
      legendClassName={legendClassName}
      hint={hint}
      errors={errors}
    >
      <RadioChoices
        name={name}
        className={isCompact ? "choices--scale choices--grid" : "choices--scale"}
        options={options}
        value={value === null ? (noneLabel ? "none" : null) : (`${value}` as ScaleValue)}
        onChange={(next) => onChange(next === "none" ? null : Number(next))}
        isInvalid={Boolean(errors?.length)}
      />
      {isCompact ? null : (
        <p className="scale-anchors" aria-hidden="true">
          <span>0 = {lowLabel}</span>
          <span>10 = {highLabel}</span>
        </p>
      )}
    </ChoiceFieldset>
  );
}
