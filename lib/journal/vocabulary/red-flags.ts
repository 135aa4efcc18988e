// The red-flag questions, in their own file: the check-in's first load on a phone does not carry
// their words (the section that asks them loads when the page has).

export const RED_FLAGS = [
  "SADDLE_NUMBNESS",
  "BLADDER_BOWEL",
  "BOTH_LEGS_WEAK",
  "SHOOTING_DOWN_LEG",
  "NUMBNESS_TINGLING",
  "WORSE_AT_NIGHT",
  "FEVER",
  "WEIGHT_LOSS",
  "AFTER_FALL_OR_INJURY",
  "STEADILY_WORSE",
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export type RedFlagUrgency = "urgent" | "soon";

/** Each symptom the check-in asks about, in plain words, and how soon it needs a professional. */
export const RED_FLAG_INFO: Record<RedFlag, { urgency: RedFlagUrgency; label: string }> = {
  SADDLE_NUMBNESS: {
    urgency: "urgent",
    label: "Numbness around the genitals, buttocks or inner thighs (the “saddle” area)",
  },
  BLADDER_BOWEL: {
    urgency: "urgent",
    label: "New trouble controlling your bladder or bowel, or trouble passing urine",
  },
  BOTH_LEGS_WEAK: { urgency: "urgent", label: "New weakness in both legs" },
  SHOOTING_DOWN_LEG: { urgency: "soon", label: "Pain shooting down a leg" },
  NUMBNESS_TINGLING: { urgency: "soon", label: "Numbness or tingling" },
  WORSE_AT_NIGHT: { urgency: "soon", label: "Pain that is worse at night or wakes you up" },
  FEVER: { urgency: "soon", label: "Fever or feeling feverish" },
  WEIGHT_LOSS: { urgency: "soon", label: "Losing weight without trying" },
  AFTER_FALL_OR_INJURY: { urgency: "soon", label: "Pain that started after a fall or injury" },
  STEADILY_WORSE: { urgency: "soon", label: "Pain that keeps getting worse" },
};

export const URGENT_RED_FLAGS = RED_FLAGS.filter(
  (flag) => RED_FLAG_INFO[flag].urgency === "urgent",
);
export const SOON_RED_FLAGS = RED_FLAGS.filter((flag) => RED_FLAG_INFO[flag].urgency === "soon");

/** Splits ticked symptoms by urgency, in the order the check-in lists them. */
export function redFlagsByUrgency(flags: readonly RedFlag[]) {
  const ticked = new Set(flags);
  return {
    urgent: URGENT_RED_FLAGS.filter((flag) => ticked.has(flag)),
    soon: SOON_RED_FLAGS.filter((flag) => ticked.has(flag)),
  };
}
