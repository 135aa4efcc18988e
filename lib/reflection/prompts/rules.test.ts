import { describe, expect, test } from "vitest";
import { ALEX, BASELINE_KEYS, context, find, keys, notEnough, tested } from "@/test/prompt-context";
import { buildPrompts, PROMPT_KEYS, promptTextOf } from "./rules";
import { INFLAMMATORY_CHECK } from "./wording";

describe("baseline prompts", () => {
  test("PRODUCT.md's open questions are always there, even with no data, and claim nothing", () => {
    expect(keys(context([]))).toEqual(BASELINE_KEYS);
    expect(find(context([]), PROMPT_KEYS.onset)?.questions[0]).toBe("When did this pain begin?");
    expect(find(context([]), PROMPT_KEYS.timeOfDay)?.questions[0]).toBe(
      "Is there a time of day when it is worse?",
    );
    expect(find(context([]), PROMPT_KEYS.people)?.questions[0]).toBe(
      "Is there someone around whom your pain seems to change?",
    );
    expect(find(context([]), PROMPT_KEYS.heldIn)?.questions[0]).toBe(
      "Is there anger, frustration or another feeling that you keep to yourself?",
    );
    for (const prompt of buildPrompts(context([]))) {
      expect(prompt.evidence).toEqual([]);
      for (const question of prompt.questions) expect(question).toMatch(/\?$/);
    }
  });

  test("a comparison that passes this week only raises no prompt", () => {
    const once = tested(`tag:${ALEX}`, 2, "no-clear-difference", {
      kind: "person",
      subjectId: ALEX,
      isSeenThisWeekOnly: true,
    });
    expect(keys(context([once]))).not.toContain(PROMPT_KEYS.tag("person", ALEX, "higher"));
  });

  test("the onset prompt shows the life events within six weeks of each onset date", () => {
    const prompt = find(
      context([], {
        onset: { painBeganOn: "2025-03-01", flareBeganOn: "2026-09-10" },
        lifeEvents: [
          { date: "2025-02-01", title: "New job", category: "WORK" },
          { date: "2024-12-01", title: "Too early", category: "OTHER" },
          { date: "2026-09-01", title: "Moved flat", category: "MOVE" },
          { date: "2026-10-25", title: "Too late", category: "LOSS" },
        ],
      }),
      PROMPT_KEYS.onset,
    );
    expect(prompt?.onset?.nearPain.map((event) => event.title)).toEqual(["New job"]);
    expect(prompt?.onset?.nearPain[0]?.daysFromDate).toBe(-28);
    expect(prompt?.onset?.nearFlare.map((event) => event.title)).toEqual(["Moved flat"]);
  });

  test("a baseline prompt answered this week steps back but stays", () => {
    const prompts = buildPrompts(context([], { answeredThisWeek: [PROMPT_KEYS.onset] }));
    expect(prompts.map((prompt) => [prompt.key, prompt.isAnsweredThisWeek])).toEqual([
      [PROMPT_KEYS.timeOfDay, false],
      [PROMPT_KEYS.people, false],
      [PROMPT_KEYS.heldIn, false],
      [PROMPT_KEYS.onset, true],
    ]);
  });
});

describe("mornings worse", () => {
  test("raised by a found morning-higher comparison, always with the inflammatory check", () => {
    const comparison = tested("part:MORNING-vs-EVENING", 2);
    const prompt = find(context([comparison]), PROMPT_KEYS.mornings);
    expect(prompt?.questions[0]).toBe(
      "How do you feel about your work, or your relationship, as the day begins?",
    );
    expect(prompt?.notes).toContainEqual(INFLAMMATORY_CHECK);
    expect(INFLAMMATORY_CHECK.signs.join(" ")).toMatch(/30 minutes/);
    expect(INFLAMMATORY_CHECK.signs.join(" ")).toMatch(/before you were 40/);
    expect(prompt?.evidence).toEqual([
      expect.objectContaining({
        comparisonKey: "part:MORNING-vs-EVENING",
        nA: 30,
        nB: 30,
        difference: 2,
        ciLow: 1.5,
        ciHigh: 2.5,
        sentence: expect.stringContaining("95% interval"),
      }),
    ]);
  });

  test("collects every part it is worse than as evidence", () => {
    const prompt = find(
      context([tested("part:MORNING-vs-AFTERNOON", 1), tested("part:MORNING-vs-EVENING", 2)]),
      PROMPT_KEYS.mornings,
    );
    expect(prompt?.evidence.map((evidence) => evidence.comparisonKey)).toEqual([
      "part:MORNING-vs-AFTERNOON",
      "part:MORNING-vs-EVENING",
    ]);
  });

  test("not raised without a found comparison, or when mornings are the better side", () => {
    for (const comparison of [
      tested("part:MORNING-vs-EVENING", 2, "no-clear-difference"),
      notEnough("part:MORNING-vs-EVENING"),
      tested("part:MORNING-vs-EVENING", -2),
      tested("part:MORNING-vs-NIGHT", 2),
    ]) {
      expect(keys(context([comparison]))).not.toContain(PROMPT_KEYS.mornings);
    }
  });

  test("steps back when answered this week", () => {
    const prompts = buildPrompts(
      context([tested("part:MORNING-vs-EVENING", 2)], {
        answeredThisWeek: [PROMPT_KEYS.mornings],
      }),
    );
    expect(prompts.at(-1)).toMatchObject({ key: PROMPT_KEYS.mornings, isAnsweredThisWeek: true });
    expect(prompts.at(-1)?.notes).toContainEqual(INFLAMMATORY_CHECK);
  });
});

describe("evenings worse", () => {
  test("raised when evening is the worse side of a found comparison", () => {
    for (const comparison of [
      tested("part:MORNING-vs-EVENING", -1.5),
      tested("part:AFTERNOON-vs-EVENING", -1),
    ]) {
      const prompt = find(context([comparison]), PROMPT_KEYS.evenings);
      expect(prompt?.questions[0]).toBe(
        "Do your responsibilities feel heavy by the end of the day?",
      );
      expect(prompt?.evidence[0]?.comparisonKey).toBe(comparison.key);
    }
  });

  test("not raised when evenings are better, or the difference is not clear", () => {
    expect(keys(context([tested("part:MORNING-vs-EVENING", 2)]))).not.toContain(
      PROMPT_KEYS.evenings,
    );
    expect(
      keys(context([tested("part:AFTERNOON-vs-EVENING", -1, "no-clear-difference")])),
    ).not.toContain(PROMPT_KEYS.evenings);
  });

  test("steps back when answered this week", () => {
    expect(
      find(
        context([tested("part:MORNING-vs-EVENING", -1.5)], {
          answeredThisWeek: [PROMPT_KEYS.evenings],
        }),
        PROMPT_KEYS.evenings,
      )?.isAnsweredThisWeek,
    ).toBe(true);
  });
});

describe("nights worse", () => {
  test("raised with a note to see a professional, not raised otherwise", () => {
    const prompt = find(context([tested("part:EVENING-vs-NIGHT", -1)]), PROMPT_KEYS.nights);
    expect(prompt?.notes).toEqual([expect.objectContaining({ kind: "safety" })]);
    expect(keys(context([tested("part:EVENING-vs-NIGHT", 1)]))).not.toContain(PROMPT_KEYS.nights);
    expect(
      keys(context([tested("part:EVENING-vs-NIGHT", -1, "no-clear-difference")])),
    ).not.toContain(PROMPT_KEYS.nights);
  });
});

describe("order and wording", () => {
  test("strongest pattern first, then the baselines, then what was answered this week", () => {
    const prompts = buildPrompts(
      context(
        [
          tested("part:MORNING-vs-EVENING", 2),
          tested(`tag:${ALEX}`, 1.5, "found", { kind: "person", subjectId: ALEX }),
          tested("weekend", 0.8),
        ],
        { answeredThisWeek: [PROMPT_KEYS.weekends] },
      ),
    );
    expect(prompts.map((prompt) => prompt.key)).toEqual([
      PROMPT_KEYS.mornings,
      PROMPT_KEYS.tag("person", ALEX, "higher"),
      PROMPT_KEYS.onset,
      PROMPT_KEYS.timeOfDay,
      PROMPT_KEYS.people,
      PROMPT_KEYS.heldIn,
      PROMPT_KEYS.weekends,
    ]);
  });

  test("every question is an open question; the saved text joins them", () => {
    const prompts = buildPrompts(
      context([
        tested("part:MORNING-vs-EVENING", 2),
        tested("part:AFTERNOON-vs-EVENING", -1),
        tested(`tag:${ALEX}`, 1.5, "found", { kind: "person", subjectId: ALEX }),
      ]),
    );
    for (const prompt of prompts) {
      for (const question of prompt.questions) expect(question).toMatch(/\?$/);
    }
    expect(promptTextOf({ questions: ["One?", "Two?"] })).toBe("One? Two?");
  });
});
