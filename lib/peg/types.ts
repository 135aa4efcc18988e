/** One weekly PEG, as the person's pages show it. Each answer 0–10; the score is their mean. */
export type PegResponseDTO = {
  id: string;
  date: string;
  pain: number;
  enjoyment: number;
  activity: number;
};

export type PegAnswers = Pick<PegResponseDTO, "pain" | "enjoyment" | "activity">;

/** How a score compares with the first PEG (the baseline). */
export type PegChangeLevel =
  | "baseline"
  | "substantial-improvement"
  | "moderate-improvement"
  | "little-change"
  | "moderate-worsening"
  | "substantial-worsening"
  | "not-comparable";

export type PegPoint = PegResponseDTO & {
  score: number;
  /** Change from the baseline in percent (negative = lower = better); null when not comparable. */
  changePercent: number | null;
  level: PegChangeLevel;
};

export type PegStatus = {
  lastDate: string | null;
  /** First date the next PEG is due (null: none yet, so one is due now). */
  dueFrom: string | null;
  isDue: boolean;
};
