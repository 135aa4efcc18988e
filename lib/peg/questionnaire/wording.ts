import type { PegAnswers } from "../types";

/**
 * The three PEG questions (pain on average, interference with enjoyment of life, with general
 * activity), in our own words with the meaning kept, each over the past week, 0–10.
 */
export const PEG_QUESTIONS: Record<
  keyof PegAnswers,
  { question: string; low: string; high: string }
> = {
  pain: {
    question: "Over the past week, how much did it hurt, on average?",
    low: "0 = no pain",
    high: "10 = as bad as you can imagine",
  },
  enjoyment: {
    question: "Over the past week, how much did pain get in the way of enjoying life?",
    low: "0 = not at all",
    high: "10 = completely",
  },
  activity: {
    question: "Over the past week, how much did pain get in the way of your everyday activities?",
    low: "0 = not at all",
    high: "10 = completely",
  },
};

export const PEG_FIELDS = ["pain", "enjoyment", "activity"] as const;
