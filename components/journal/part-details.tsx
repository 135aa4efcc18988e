"use client";

import type { CheckInDraft } from "@/lib/journal/schema";
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  type BodyArea,
  PAIN_QUALITIES,
  PAIN_QUALITY_LABELS,
  PART_OF_DAY_LABELS,
  type PainQuality,
} from "@/lib/journal/vocabulary/terms";
import type { PartOfDay } from "@/lib/time";
import { CheckboxChoices } from "./checkbox-choices";
import { ChoiceFieldset } from "./choice-group";

type Part = CheckInDraft["parts"][PartOfDay];

const AREA_OPTIONS = BODY_AREAS.map((area) => ({ value: area, label: BODY_AREA_LABELS[area] }));
const QUALITY_OPTIONS = PAIN_QUALITIES.map((quality) => ({
  value: quality,
  label: PAIN_QUALITY_LABELS[quality],
}));

function toggle<T>(values: readonly T[], value: T, isChecked: boolean): T[] {
  return isChecked
    ? [...values.filter((v) => v !== value), value]
    : values.filter((v) => v !== value);
}

/** Where and how one part of the day hurt (offered only for a part that hurt). */
export function PartDetails({
  part,
  value,
  onChange,
  errorsAt,
}: {
  part: PartOfDay;
  value: Part;
  onChange: (value: Part) => void;
  errorsAt: (path: string) => string[] | undefined;
}) {
  const id = `part-${part.toLowerCase()}`;
  return (
    <fieldset className="plain-fieldset part-details">
      <legend className="section-title">{PART_OF_DAY_LABELS[part].label}</legend>
      <ChoiceFieldset id={`${id}-areas`} legend="Where" errors={errorsAt(`parts.${part}.areas`)}>
        <CheckboxChoices<BodyArea>
          name={`areas-${part}`}
          options={AREA_OPTIONS}
          values={value.areas}
          onToggle={(area, isChecked) =>
            onChange({ ...value, areas: toggle(value.areas, area, isChecked) })
          }
        />
      </ChoiceFieldset>
      <ChoiceFieldset
        id={`${id}-qualities`}
        legend="What it felt like"
        errors={errorsAt(`parts.${part}.qualities`)}
      >
        <CheckboxChoices<PainQuality>
          name={`qualities-${part}`}
          options={QUALITY_OPTIONS}
          values={value.qualities}
          onToggle={(quality, isChecked) =>
            onChange({ ...value, qualities: toggle(value.qualities, quality, isChecked) })
          }
        />
      </ChoiceFieldset>
    </fieldset>
  );
}
