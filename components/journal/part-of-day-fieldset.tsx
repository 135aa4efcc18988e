"use client";

import type { CheckInDraft } from "@/lib/journal/schema";
import type { QuickLogDTO } from "@/lib/journal/types";
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  type BodyArea,
  INTENSITY_ANCHORS,
  PAIN_QUALITIES,
  PAIN_QUALITY_LABELS,
  PART_OF_DAY_LABELS,
  type PainQuality,
  type PartOfDay,
} from "@/lib/journal/vocabulary";
import { CheckboxChoices, ChoiceFieldset } from "./choice-group";
import { ScaleField } from "./scale-field";

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

/** One part of the day: how much it hurt, and for a part that hurt, where and how. */
export function PartOfDayFieldset({
  part,
  value,
  onChange,
  quickLogs,
  quickLogTimes,
  errorsAt,
}: {
  part: PartOfDay;
  value: Part;
  onChange: (value: Part) => void;
  quickLogs: QuickLogDTO[];
  quickLogTimes: Record<string, string>;
  errorsAt: (path: string) => string[] | undefined;
}) {
  const { label, hours } = PART_OF_DAY_LABELS[part];
  const id = `part-${part.toLowerCase()}`;
  const hurt = value.intensity !== null && value.intensity > 0;
  const detailCount = value.areas.length + value.qualities.length;
  return (
    <div className="card">
      <ScaleField
        id={id}
        name={`intensity-${part}`}
        legend={
          <>
            {label} <span className="hours">({hours})</span>
          </>
        }
        legendClassName="section-title"
        value={value.intensity}
        onChange={(intensity) => onChange({ ...value, intensity })}
        noneLabel="Don't remember"
        lowLabel={INTENSITY_ANCHORS[0]}
        highLabel={INTENSITY_ANCHORS[10]}
        errors={errorsAt(`parts.${part}.intensity`)}
      />
      {quickLogs.length > 0 ? (
        <p className="quick-log-hint">
          Logged during the day:{" "}
          {quickLogs.map((log) => `${log.intensity} at ${quickLogTimes[log.id]}`).join(", ")}
        </p>
      ) : null}
      {hurt ? (
        <details open={detailCount > 0}>
          <summary>
            Where and how it hurt{detailCount > 0 ? ` (${detailCount} chosen)` : " (optional)"}
          </summary>
          <ChoiceFieldset
            id={`${id}-areas`}
            legend="Where"
            errors={errorsAt(`parts.${part}.areas`)}
          >
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
        </details>
      ) : null}
    </div>
  );
}
