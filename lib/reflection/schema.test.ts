import { describe, expect, test } from "vitest";
import { ANSWER_MAX, evidenceSnapshotSchema, saveReflectionSchema } from "./schema";

describe("saveReflectionSchema", () => {
  test("trims the answer and needs a few words", () => {
    expect(
      saveReflectionSchema.parse({ promptKey: "baseline:onset", answer: "  Tired. " }),
    ).toEqual({ promptKey: "baseline:onset", answer: "Tired." });
    const blank = saveReflectionSchema.safeParse({ promptKey: "baseline:onset", answer: "   " });
    expect(blank.error?.issues[0]).toMatchObject({
      path: ["answer"],
      message: "Write a few words before saving.",
    });
  });

  test("refuses answers over the limit and a missing prompt", () => {
    const long = saveReflectionSchema.safeParse({
      promptKey: "baseline:onset",
      answer: "a".repeat(ANSWER_MAX + 1),
    });
    expect(long.success).toBe(false);
    expect(saveReflectionSchema.safeParse({ answer: "x" }).success).toBe(false);
  });
});

describe("evidenceSnapshotSchema", () => {
  test("reads back what was saved and refuses anything else", () => {
    const evidence = {
      comparisonKey: "weekend",
      sentence: "Day pain on weekends was 1 point higher than weekdays.",
      labelA: "Weekends",
      labelB: "Weekdays",
      nA: 20,
      nB: 50,
      difference: 1,
      ciLow: 0.5,
      ciHigh: 1.5,
    };
    expect(evidenceSnapshotSchema.parse([evidence])).toEqual([evidence]);
    expect(evidenceSnapshotSchema.safeParse({ evidence }).success).toBe(false);
    expect(evidenceSnapshotSchema.safeParse(null).success).toBe(false);
  });
});
