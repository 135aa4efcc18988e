"use client";

import type { CheckInDraft } from "@/lib/journal/schema";
import type { QuickLogDTO } from "@/lib/journal/types";
import { INTENSITY_ANCHORS, PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import type { PartOfDay } from "@/lib/time";
import { ScaleField } from "./scale-field";

type Part = CheckInDraft["parts"][PartOfDay];

/** How much one part of the day hurt: a compact 0–10 row, with that part's quick logs. */
export function PartRating({
  part,
  value,
  onChange,
  quickLogs,
  quickLogTimes,
  errors,
}: {
  part: PartOfDay;
  value: Part;
  onChange: (value: Part) => void;
  quickLogs: QuickLogDTO[];
  quickLogTimes: Record<string, string>;
  errors?: string[];
}) {
  const { label, hours } = PART_OF_DAY_LABELS[part];
  return (
    <div className="part-rating">
      <ScaleField
        id={`part-${part.toLowerCase()}`}
        name={`intensity-${part}`}
        legend={
          <>
            {label} <span className="hours">({hours})</span>
          </>
        }
        legendClassName="part-rating__legend"
        value={value.intensity}
        onChange={(intensity) => onChange({ ...value, intensity })}
        noneLabel="Don't remember"
        lowLabel={INTENSITY_ANCHORS[0]}
        highLabel={INTENSITY_ANCHORS[10]}
        errors={errors}
        isCompact
      />
      {quickLogs.length > 0 ? (
        <p className="quick-log-hint">
          Logged during the day:{" "}
          {quickLogs.map((log) => `${log.intensity} at ${quickLogTimes[log.id]}`).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
