import { describe, expect, test } from "vitest";
import {
  ALEX,
  ANGRY,
  BASELINE_COUNT,
  BASELINE_KEYS,
  context,
  DESK,
  find,
  keys,
  OWN,
  POSE,
  type Status,
  tested,
} from "@/test/prompt-context";
import { buildPrompts, PROMPT_KEYS } from "./rules";

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
