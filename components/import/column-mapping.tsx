"use client";

import type { ReactNode } from "react";
import { type MappingField, PAIN_SCALES, type SpreadsheetMapping } from "@/lib/import/schema";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { PARTS_OF_DAY } from "@/lib/time";

export type MappingValues = Record<MappingField, string>;
type Errors = Record<string, string[] | undefined> | undefined;

// English first, then the German, Spanish and French words a spreadsheet's header often uses
// (whole words where a short one could sit inside another: "Wo" is not "Wochentag").
const COLUMN_GUESSES: [MappingField, RegExp][] = [
  ["date", /date|day|datum|fecha/i],
  ["time", /time|hour|uhr|hora|heure/i],
  ["pain", /pain|level|score|rating|intensity|schmerz|dolor|douleur/i],
  ["people", /people|person|who|with|\bwer\b|\bmit\b|qui[eé]n|\bqui\b/i],
  ["places", /place|where|activit|context|doing|\bwo\b|\bort\b|lugar|d[oó]nde|\blieu\b/i],
  ["feelings", /feel|mood|emotion|gef[uü]hl|stimmung|[aá]nimo|humeur/i],
  ["note", /note|comment|text|diary|memo|notiz|bemerkung|kommentar|nota/i],
];

const SCALE_GUESSES: [RegExp, MappingValues["scale"]][] = [
  [/100/, "0-100"],
  [/\b1\s*[-–]\s*10\b/, "1-10"],
  [/(\b0\s*[-–]\s*5\b|\/\s*5\b)/, "0-5"],
];

/** Defaults for a new file: columns whose names say what they hold, none for the rest. */
export function guessMapping(header: string[]): MappingValues {
  const used = new Set<number>();
  const values = {
    dateOrder: "DMY",
    scale: "0-10",
    untimedPart: "EVENING",
  } as Partial<MappingValues>;
  for (const [field, pattern] of COLUMN_GUESSES) {
    const index = header.findIndex((name, i) => !used.has(i) && pattern.test(name));
    if (index !== -1) used.add(index);
    values[field] = index === -1 ? (field === "date" ? "0" : "") : String(index);
  }
  // "Pain (0-100)", "pain 1–10", "Pain /5": the scale is often in the column's name.
  const painName = values.pain ? (header[Number(values.pain)] ?? "") : "";
  const scale = SCALE_GUESSES.find(([pattern]) => pattern.test(painName));
  if (scale) values.scale = scale[1];
  return values as MappingValues;
}

function Select({
  id,
  label,
  hint,
  value,
  errors,
  onChange,
  children,
}: {
  id: keyof SpreadsheetMapping;
  label: string;
  hint?: string;
  value: string;
  errors: Errors;
  onChange: (field: MappingField, value: string) => void;
  children: ReactNode;
}) {
  const error = errors?.[id];
  const describedBy = [hint ? `map-${id}-hint` : null, error ? `map-${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={`map-${id}`}>{label}</label>
      {hint ? (
        <span id={`map-${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <select
        id={`map-${id}`}
        name={id}
        value={value}
        onChange={(event) => onChange(id, event.target.value)}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      >
        {children}
      </select>
      {error ? (
        <p id={`map-${id}-error`} className="field-error">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The mapping step: which column holds what, and how to read it. */
export function ColumnMapping({
  header,
  values,
  errors,
  onChange,
}: {
  header: string[];
  values: MappingValues;
  errors: Errors;
  onChange: (field: MappingField, value: string) => void;
}) {
  // A column is its position in the header (names may repeat or be blank).
  const options = header.map((name, position) => ({
    value: String(position),
    label: name || `Column ${position + 1}`,
  }));
  const columns = (withNone: boolean) => (
    <>
      {withNone ? <option value="">None</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
  const common = { errors, onChange };
  return (
    <fieldset className="field">
      <legend>Which column holds what</legend>
      <Select id="date" label="Date" value={values.date} {...common}>
        {columns(false)}
      </Select>
      <Select
        id="dateOrder"
        label="Dates like 01/03/2026 mean"
        hint="Dates written 2026-03-01 or with a month name are read either way."
        value={values.dateOrder}
        {...common}
      >
        <option value="DMY">day/month/year (1 March)</option>
        <option value="MDY">month/day/year (January 3)</option>
      </Select>
      <Select
        id="time"
        label="Time"
        hint="A rating with a time becomes a quick log at that moment."
        value={values.time}
        {...common}
      >
        {columns(true)}
      </Select>
      <Select id="pain" label="Pain rating" value={values.pain} {...common}>
        {columns(true)}
      </Select>
      <Select id="scale" label="Scale of the pain ratings" value={values.scale} {...common}>
        {Object.entries(PAIN_SCALES).map(([key, scale]) => (
          <option key={key} value={key}>
            {scale.label}
          </option>
        ))}
      </Select>
      <Select
        id="untimedPart"
        label="A rating without a time is for"
        hint="Backstory rates each part of the day; choose the part your daily rating describes."
        value={values.untimedPart}
        {...common}
      >
        {PARTS_OF_DAY.map((part) => (
          <option key={part} value={part}>
            {PART_OF_DAY_LABELS[part].label}
          </option>
        ))}
      </Select>
      <Select
        id="people"
        label="People"
        hint="Several in one cell: separate them with , ; or |"
        value={values.people}
        {...common}
      >
        {columns(true)}
      </Select>
      <Select id="places" label="Where and doing what" value={values.places} {...common}>
        {columns(true)}
      </Select>
      <Select id="feelings" label="Feelings" value={values.feelings} {...common}>
        {columns(true)}
      </Select>
      <Select
        id="note"
        label="Note"
        hint="Goes into the day's private note."
        value={values.note}
        {...common}
      >
        {columns(true)}
      </Select>
    </fieldset>
  );
}
