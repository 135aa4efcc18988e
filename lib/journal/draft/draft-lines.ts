import { PARTS_OF_DAY } from "@/lib/time";
import { formatLongDate } from "../format/dates";
import type { CheckInDraft } from "../schema";
import { RED_FLAG_INFO } from "../vocabulary/red-flags";
import { intensityText, PART_OF_DAY_LABELS } from "../vocabulary/terms";

// Apart from format.ts: only the conflict screen (loaded when shown) needs it, so it stays out of
// Tonight's first-load JavaScript.

export type SummaryLine = { label: string; value: string };

/**
 * A check-in (as the form holds it) in plain lines, for comparing two versions side by side when
 * it was changed elsewhere.
 */
export function checkInDraftLines(draft: CheckInDraft): SummaryLine[] {
  const scale = (value: number | null) => (value === null ? "not given" : `${value} of 10`);
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : "none");
  return [
    { label: "Date", value: formatLongDate(draft.date) },
    ...PARTS_OF_DAY.map((part) => {
      const intensity = draft.parts[part].intensity;
      return {
        label: PART_OF_DAY_LABELS[part].label,
        value: intensity === null ? "don't remember" : intensityText(intensity),
      };
    }),
    { label: "Stress", value: scale(draft.stress) },
    { label: "Sleep", value: scale(draft.sleepQuality) },
    { label: "Hours slept", value: draft.sleepHours?.trim() || "not given" },
    { label: "Hours sitting", value: draft.sittingHours.trim() || "not given" },
    { label: "Tags", value: list(draft.tags.map((tag) => tag.name)) },
    { label: "What you did", value: list(draft.relief.map((use) => use.name)) },
    {
      label: "Medications",
      value: list(
        (draft.medications ?? []).map(
          (dose) => `${dose.name} ${dose.dose} ${dose.unit} at ${dose.time}`,
        ),
      ),
    },
    {
      label: "Symptoms to watch",
      value: list(draft.redFlags.map((flag) => RED_FLAG_INFO[flag].label)),
    },
    { label: "Note", value: draft.note.trim() || "no note" },
  ];
}
