import { describe, expect, test } from "vitest";
import type { Comparison, PatternAnalysis, TestedComparison } from "@/lib/patterns/types";
import type { PromptContext } from "../types";
import { buildPrompts, PROMPT_KEYS, promptTextOf } from "./rules";
import { INFLAMMATORY_CHECK } from "./wording";

type Status = TestedComparison["status"];

function tested(
  key: string,
  difference: number,
  status: Status = "found",
  extra: Partial<TestedComparison> = {},
): TestedComparison {
  const [prefix, subject] = key.split(":");
  const part = prefix === "part" ? key.slice(5).split("-vs-") : null;
  const label = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();
  return {
    key,
    kind: part ? "partOfDay" : prefix === "weekend" ? "weekday" : "person",
    subjectId: part || prefix === "weekend" ? null : (subject ?? null),
    outcome: part ? "part-pain" : "day-pain",
    labelA: part ? label(part[0] ?? "") : "With someone",
    labelB: part ? label(part[1] ?? "") : "Without someone",
    nA: 30,
    nB: 30,
    medianA: 5,
    medianB: 4,
    method: "test",
    status,
    difference,
    ciLow: difference - 0.5,
    ciHigh: difference + 0.5,
    pValue: status === "found" ? 0.001 : 0.4,
    qValue: status === "found" ? 0.01 : 0.6,
    isSeenThisWeekOnly: false,
    mayBeSmaller: false,
    ...extra,
  };
}

function notEnough(key: string): Comparison {
  return {
    key,
    kind: "partOfDay",
    subjectId: null,
    outcome: "part-pain",
    labelA: "Morning",
    labelB: "Evening",
    nA: 4,
    nB: 4,
    medianA: 7,
    medianB: 2,
    method: "test",
    status: "not-enough-data",
    minimum: 10,
    moreDaysNeeded: 6,
  };
}

const ALEX = "11111111-1111-4111-8111-111111111111";
/** Onset, time of day, people, feelings kept in: the prompts that are always there. */
const BASELINE_KEYS = [
  PROMPT_KEYS.onset,
  PROMPT_KEYS.timeOfDay,
  PROMPT_KEYS.people,
  PROMPT_KEYS.heldIn,
];
const BASELINE_COUNT = BASELINE_KEYS.length;
const DESK = "22222222-2222-4222-8222-222222222222";
const ANGRY = "33333333-3333-4333-8333-333333333333";
const POSE = "44444444-4444-4444-8444-444444444444";
const OWN = "55555555-5555-4555-8555-555555555555";

function context(comparisons: Comparison[], change: Partial<PromptContext> = {}): PromptContext {
  const analysis: PatternAnalysis = {
    comparisons,
    testedCount: comparisons.length,
    dayCount: 60,
    moreDaysToTell: null,
  };
  return {
    analysis,
    tags: [
      { id: ALEX, kind: "PERSON", name: "Alex" },
      { id: DESK, kind: "CONTEXT", name: "At a desk for hours" },
      { id: ANGRY, kind: "EMOTION", name: "Angry" },
    ],
    reliefs: [
      { id: POSE, name: "Child's pose", builtinKey: "CHILDS_POSE" },
      { id: OWN, name: "Swimming", builtinKey: null },
    ],
    onset: { painBeganOn: null, flareBeganOn: null },
    lifeEvents: [],
    answeredThisWeek: [],
    ...change,
  };
}

const keys = (ctx: PromptContext) => buildPrompts(ctx).map((prompt) => prompt.key);
const find = (ctx: PromptContext, key: string) =>
  buildPrompts(ctx).find((prompt) => prompt.key === key);

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

describe("people", () => {
  const withAlex = (difference: number, status: Status = "found") =>
    tested(`tag:${ALEX}`, difference, status, {
      kind: "person",
      subjectId: ALEX,
      labelA: "With Alex",
      labelB: "Without Alex",
    });

  test("higher around a person: talking with them, and feelings kept inside", () => {
    const prompt = find(context([withAlex(1.5)]), PROMPT_KEYS.tag("person", ALEX, "higher"));
    expect(prompt?.title).toBe("Around Alex");
    expect(prompt?.questions).toEqual([
      "Does it hurt more after talking with Alex?",
      "Is there anger, frustration or another feeling about Alex that you keep to yourself?",
    ]);
    expect(prompt?.evidence[0]).toMatchObject({ comparisonKey: `tag:${ALEX}`, nA: 30 });
    expect(prompt?.evidence[0]?.sentence).toContain("with Alex");
  });

  test("lower around a person raises a different, open question", () => {
    const prompts = buildPrompts(context([withAlex(-1)]));
    expect(prompts.map((prompt) => prompt.key)).toContain(PROMPT_KEYS.tag("person", ALEX, "lower"));
    expect(prompts.map((prompt) => prompt.key)).not.toContain(
      PROMPT_KEYS.tag("person", ALEX, "higher"),
    );
  });

  test("not raised without a clear difference or with too little data", () => {
    expect(keys(context([withAlex(1.5, "no-clear-difference")]))).toEqual(BASELINE_KEYS);
  });

  test("steps back when answered this week", () => {
    const key = PROMPT_KEYS.tag("person", ALEX, "higher");
    const prompts = buildPrompts(context([withAlex(1.5)], { answeredThisWeek: [key] }));
    expect(prompts.map((prompt) => prompt.key)).toEqual([...BASELINE_KEYS, key]);
  });

  test("falls back to the comparison's label when the tag is unknown", () => {
    const prompt = buildPrompts(context([withAlex(1.5)], { tags: [] }))[0];
    expect(prompt?.questions[0]).toBe("Does it hurt more after talking with Alex?");
  });
});

describe("contexts and feelings", () => {
  const desk = (difference: number, status: Status = "found") =>
    tested(`tag:${DESK}`, difference, status, {
      kind: "context",
      subjectId: DESK,
      labelA: "With At a desk for hours",
    });
  const angry = (difference: number, status: Status = "found") =>
    tested(`tag:${ANGRY}`, difference, status, {
      kind: "emotion",
      subjectId: ANGRY,
      labelA: "With Angry",
    });

  test("a context pattern raises a matching question, either way", () => {
    expect(find(context([desk(1)]), PROMPT_KEYS.tag("context", DESK, "higher"))?.questions[0]).toBe(
      "On days with “At a desk for hours”, how do you sit, move and breathe?",
    );
    expect(
      find(context([desk(-1)]), PROMPT_KEYS.tag("context", DESK, "lower"))?.questions[0],
    ).toMatch(/easier days/);
    expect(keys(context([desk(1, "no-clear-difference")]))).toHaveLength(BASELINE_COUNT);
  });

  test("a feeling pattern asks where it sits in the body", () => {
    expect(
      find(context([angry(1.2)]), PROMPT_KEYS.tag("emotion", ANGRY, "higher"))?.questions[0],
    ).toBe("On days you felt “Angry”, where did you notice it in your body?");
    expect(keys(context([angry(1.2, "no-clear-difference")]))).toHaveLength(BASELINE_COUNT);
  });

  test("step back when answered this week", () => {
    const key = PROMPT_KEYS.tag("context", DESK, "higher");
    expect(find(context([desk(1)], { answeredThisWeek: [key] }), key)?.isAnsweredThisWeek).toBe(
      true,
    );
  });
});

describe("relief that seems to help", () => {
  const relief = (id: string, key: string, difference: number, status: Status = "found") =>
    tested(key, difference, status, {
      kind: "relief",
      subjectId: id,
      outcome: "next-morning-pain",
      labelA: "Morning after a day with Child's pose",
      labelB: "Morning after a day without Child's pose",
    });

  test("lower pain afterwards → keep it up, with the library's caution", () => {
    const prompt = find(
      context([relief(POSE, `relief:${POSE}:next-morning`, -1)]),
      PROMPT_KEYS.relief(POSE),
    );
    expect(prompt?.title).toBe("Keep it up: Child's pose");
    expect(prompt?.evidence).toHaveLength(1);
    expect(prompt?.notes[0]).toMatchObject({ kind: "caution" });
    expect(prompt?.notes[0]?.kind === "caution" && prompt.notes[0].text).toMatch(/cushion/);
  });

  test("the person's own item gets the general caution", () => {
    const prompt = find(
      context([relief(OWN, `relief:${OWN}:next-morning`, -1)]),
      PROMPT_KEYS.relief(OWN),
    );
    expect(prompt?.notes[0]).toMatchObject({ kind: "caution", title: "Go gently" });
  });

  test("not raised when pain was higher afterwards or the difference is unclear", () => {
    expect(keys(context([relief(POSE, `relief:${POSE}:next-morning`, 1)]))).toHaveLength(
      BASELINE_COUNT,
    );
    expect(
      keys(context([relief(POSE, `relief:${POSE}:next-morning`, -1, "no-clear-difference")])),
    ).toHaveLength(BASELINE_COUNT);
  });

  test("steps back when answered this week", () => {
    const key = PROMPT_KEYS.relief(POSE);
    const prompts = buildPrompts(
      context([relief(POSE, `relief:${POSE}:next-morning`, -1)], { answeredThisWeek: [key] }),
    );
    expect(prompts.at(-1)).toMatchObject({ key, isAnsweredThisWeek: true });
  });
});

describe("weekends", () => {
  test("weekends or weekdays worse, each with its own question", () => {
    expect(keys(context([tested("weekend", 1)]))).toContain(PROMPT_KEYS.weekends);
    expect(keys(context([tested("weekend", -1)]))).toContain(PROMPT_KEYS.weekdays);
    expect(keys(context([tested("weekend", -1, "no-clear-difference")]))).toHaveLength(
      BASELINE_COUNT,
    );
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
