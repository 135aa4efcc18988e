import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { type CheckInDraft, checkInSchema } from "@/lib/journal/schema";

/** Test-only builders of check-ins, shared by the journal's tests. */

/** A parsed check-in for `date`: the empty draft, changed by `change`. */
export function checkIn(date: string, change: (draft: CheckInDraft) => void = () => {}) {
  const draft = emptyCheckInDraft(date);
  change(draft);
  return checkInSchema.parse(draft);
}

export const painful = (draft: CheckInDraft) => {
  draft.parts.MORNING = { intensity: 6, areas: ["LOWER_BACK", "HIPS"], qualities: ["STIFF"] };
  draft.parts.EVENING = { intensity: 0, areas: ["NECK"], qualities: ["SHARP"] };
  draft.stress = 7;
  draft.sleepQuality = 4;
  draft.sittingHours = "7,5";
  draft.sleepHours = "6.5";
  draft.note = "  Long day.  ";
  draft.redFlags = ["WORSE_AT_NIGHT"];
  draft.tags = [
    { kind: "PERSON", name: "Sam", partOfDay: "MORNING" },
    { kind: "CONTEXT", name: "At work", partOfDay: null },
  ];
};

/** A check-in draft for 2026-10-20, changed by `change`. */
export const draft = (change: (d: CheckInDraft) => void = () => {}) => {
  const value = emptyCheckInDraft("2026-10-20");
  change(value);
  return value;
};

/** The paths of the fields checkInSchema refuses in `input`. */
export const errorPaths = (input: unknown) => {
  const result = checkInSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};
