import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { generateDemoJournal } from "@/lib/journal/demo/generator/demo-journal";
import { insertDemoJournal } from "@/lib/journal/demo/mutations";
import { createLifeEvent, updateOnset } from "@/lib/life-events/mutations";
import { addDays } from "@/lib/time";
import { journalDateFor } from "@/lib/time-zone";
import { createTestUser } from "@/test/factories";
import {
  getPromptsFor,
  getReflection,
  listPromptKeysAnsweredInWeek,
  listReflections,
} from "./data";
import { createReflection, deleteReflection, updateReflection } from "./mutations";
import { PROMPT_KEYS } from "./prompts/rules";
import type { PromptEvidence } from "./types";

const evidence: PromptEvidence[] = [
  {
    comparisonKey: "part:MORNING-vs-EVENING",
    sentence: "Morning pain was 2 points higher than evening pain.",
    labelA: "Morning",
    labelB: "Evening",
    nA: 40,
    nB: 40,
    difference: 2,
    ciLow: 1.5,
    ciHigh: 2.5,
  },
];

async function reflect(
  userId: string,
  promptKey: string,
  weekStart = "2026-10-05",
  requestId: string | null = null,
) {
  return createReflection({
    userId,
    requestId,
    promptKey,
    promptText: "How do you feel as the day begins?",
    evidence: promptKey === PROMPT_KEYS.mornings ? evidence : [],
    answer: `An answer to ${promptKey}`,
    weekStart,
  });
}

describe("reflections", () => {
  test("saved with the prompt and its evidence, read back, changed and deleted", async () => {
    const user = await createTestUser();
    const { id } = await reflect(user.id, PROMPT_KEYS.mornings);
    await reflect(user.id, PROMPT_KEYS.onset);
    const [newest, oldest] = await listReflections({ userId: user.id });
    expect(newest).toMatchObject({ promptKey: PROMPT_KEYS.onset, evidence: [] });
    expect(oldest).toMatchObject({
      id,
      promptKey: PROMPT_KEYS.mornings,
      promptText: "How do you feel as the day begins?",
      evidence,
      weekStart: "2026-10-05",
    });

    expect(
      await updateReflection({ userId: user.id, id, version: 1, answer: "Tense, mostly." }),
    ).toEqual({ status: "saved", version: 2 });
    const changed = await getReflection({ userId: user.id, id });
    expect(changed?.answer).toBe("Tense, mostly.");
    expect(changed?.evidence).toEqual(evidence);

    expect(await deleteReflection({ userId: user.id, id })).toBe(true);
    expect(await deleteReflection({ userId: user.id, id })).toBe(false);
    expect(await listReflections({ userId: user.id })).toHaveLength(1);
  });

  test("an edit from an older version is refused with the answer stored now", async () => {
    const user = await createTestUser();
    const { id } = await reflect(user.id, PROMPT_KEYS.mornings);
    const fromPhone = { userId: user.id, id, version: 1 };
    expect(await updateReflection({ ...fromPhone, answer: "From the phone" })).toEqual({
      status: "saved",
      version: 2,
    });
    expect(await updateReflection({ ...fromPhone, answer: "From the laptop" })).toEqual({
      status: "conflict",
      version: 2,
      answer: "From the phone",
    });
    expect(await getReflection({ userId: user.id, id })).toMatchObject({
      answer: "From the phone",
      version: 2,
    });
  });

  test("one request id creates one reflection, also when sent twice at once", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      reflect(user.id, PROMPT_KEYS.mornings, "2026-10-05", requestId),
      reflect(user.id, PROMPT_KEYS.mornings, "2026-10-05", requestId),
    ]);
    const retry = await reflect(user.id, PROMPT_KEYS.mornings, "2026-10-05", requestId);
    expect(new Set([first.id, second.id, retry.id]).size).toBe(1);
    expect([first.isReplay, second.isReplay].sort()).toEqual([false, true]);
    expect(await listReflections({ userId: user.id })).toHaveLength(1);
    // Another person's equal id is theirs alone.
    const other = await createTestUser();
    expect((await reflect(other.id, PROMPT_KEYS.mornings, "2026-10-05", requestId)).isReplay).toBe(
      false,
    );
  });

  test("the prompts answered in a week, each once", async () => {
    const user = await createTestUser();
    await reflect(user.id, PROMPT_KEYS.mornings, "2026-10-05");
    await reflect(user.id, PROMPT_KEYS.mornings, "2026-10-05");
    await reflect(user.id, PROMPT_KEYS.onset, "2026-09-28");
    expect(
      await listPromptKeysAnsweredInWeek({ userId: user.id, weekStart: "2026-10-05" }),
    ).toEqual([PROMPT_KEYS.mornings]);
  });

  test("user B can neither read, change nor delete user A's reflections", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const { id } = await reflect(a.id, PROMPT_KEYS.mornings);
    expect(await listReflections({ userId: b.id })).toEqual([]);
    expect(await getReflection({ userId: b.id, id })).toBeNull();
    expect(await listPromptKeysAnsweredInWeek({ userId: b.id, weekStart: "2026-10-05" })).toEqual(
      [],
    );
    expect(await updateReflection({ userId: b.id, id, version: 1, answer: "Mine now" })).toEqual({
      status: "gone",
    });
    expect(await deleteReflection({ userId: b.id, id })).toBe(false);
    expect((await getReflection({ userId: a.id, id }))?.answer).toBe(
      `An answer to ${PROMPT_KEYS.mornings}`,
    );
  });
});

describe("getPromptsFor on the demo journal", () => {
  const timeZone = "Europe/Berlin";
  const now = new Date();
  const today = journalDateFor(now, timeZone);

  test("raises the planted patterns with evidence; an answer this week steps a prompt back", async () => {
    const user = await createTestUser({ timeZone });
    await insertDemoJournal({
      userId: user.id,
      journal: generateDemoJournal({ endDate: addDays(today, -1), timeZone }),
    });
    await updateOnset({
      userId: user.id,
      data: { painBeganOn: addDays(today, -400), flareBeganOn: null },
    });
    await createLifeEvent({
      userId: user.id,
      data: { date: addDays(today, -410), title: "New job", category: "WORK", note: null },
    });

    const { prompts, weekStart, dayCount } = await getPromptsFor({
      userId: user.id,
      timeZone,
      now,
    });
    expect(dayCount).toBeGreaterThan(60);
    const keys = prompts.map((prompt) => prompt.key);
    expect(keys).toContain(PROMPT_KEYS.mornings);
    const alex = prompts.find((prompt) => prompt.title === "Around Alex");
    expect(alex?.key).toMatch(/^pattern:person:.+:higher$/);
    expect(alex?.evidence[0]?.nA).toBeGreaterThanOrEqual(10);
    const onset = prompts.find((prompt) => prompt.key === PROMPT_KEYS.onset);
    expect(onset?.onset?.nearPain.map((event) => event.title)).toEqual(["New job"]);

    await createReflection({
      userId: user.id,
      requestId: null,
      promptKey: PROMPT_KEYS.mornings,
      promptText: "x",
      evidence: [],
      answer: "y",
      weekStart,
    });
    const after = await getPromptsFor({ userId: user.id, timeZone, now });
    expect(after.prompts.at(-1)).toMatchObject({
      key: PROMPT_KEYS.mornings,
      isAnsweredThisWeek: true,
    });

    // Someone else's answers never step back this person's prompts.
    const other = await createTestUser({ timeZone });
    const theirs = await getPromptsFor({ userId: other.id, timeZone, now });
    expect(theirs.prompts.map((prompt) => prompt.key)).toEqual([
      PROMPT_KEYS.onset,
      PROMPT_KEYS.timeOfDay,
      PROMPT_KEYS.people,
      PROMPT_KEYS.heldIn,
    ]);
  });
});
