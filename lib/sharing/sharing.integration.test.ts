import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import {
  createSharingJournal,
  EXPERIMENT_CANARY,
  LIFE_NOTE_CANARY,
  MEDICATION_CANARY,
  NAME_CANARY,
  NOTE_CANARY,
  period,
  privateOff,
  REFLECTION_CANARY,
} from "@/test/sharing-journal";
import { summaryDocument } from "./render/summary-document";
import { renderSummaryPdf } from "./render/summary-pdf";
import { buildSummary } from "./summary/data";
import type { ShareSummary } from "./types";

type Person = { id: string };
let alice: Person;
let bob: Person;

beforeAll(async () => {
  ({ alice, bob } = await createSharingJournal());
});

async function everythingShown(summary: ShareSummary) {
  const pdf = await renderSummaryPdf(summary);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  return [JSON.stringify(summary), JSON.stringify(summaryDocument(summary)), text as string].join(
    "\n",
  );
}

describe("redaction", () => {
  test("by default no name, note or reflection appears anywhere in the summary or its PDF", async () => {
    const shown = await everythingShown(
      await buildSummary({ userId: alice.id, options: privateOff }),
    );
    expect(shown).not.toContain(NAME_CANARY);
    expect(shown).not.toContain(NOTE_CANARY);
    expect(shown).not.toContain(REFLECTION_CANARY);
    expect(shown).not.toContain(LIFE_NOTE_CANARY);
    expect(shown).not.toContain(EXPERIMENT_CANARY);
    expect(shown).not.toContain(MEDICATION_CANARY);
    expect(shown).toContain("Person A");
    expect(shown).toContain("Moved flat");
    expect(shown).toContain("Fever");
  }, 30_000);

  test("each private part appears only when chosen", async () => {
    const shown = await everythingShown(
      await buildSummary({
        userId: alice.id,
        options: {
          ...period,
          includeNotes: true,
          includeReflections: true,
          includeExperiments: true,
          showNames: true,
          includeMedications: true,
        },
      }),
    );
    expect(shown).toContain(NAME_CANARY);
    expect(shown).toContain(NOTE_CANARY);
    expect(shown).toContain(REFLECTION_CANARY);
    // The experiment with its result and caveats, in the summary and in the PDF's text.
    expect(shown).toContain(EXPERIMENT_CANARY);
    expect(shown).toContain("Personal experiments (included by the patient)");
    expect(shown).toMatch(/randomisation test/);
    expect(shown).toContain("You knew which nights were");
    expect(shown).toContain(MEDICATION_CANARY);
    expect(shown).toContain("14 doses on 14 days (14 as needed): 400 mg");
    // Life-event notes are never part of a summary.
    expect(shown).not.toContain(LIFE_NOTE_CANARY);
  }, 30_000);

  test("another person's summary contains none of Alice's data", async () => {
    const shown = JSON.stringify(
      await buildSummary({
        userId: bob.id,
        options: {
          ...period,
          includeNotes: true,
          includeReflections: true,
          includeExperiments: true,
          showNames: true,
          includeMedications: true,
        },
      }),
    );
    expect(shown).not.toContain(NAME_CANARY);
    expect(shown).not.toContain(EXPERIMENT_CANARY);
    expect(shown).not.toContain(NOTE_CANARY);
    expect(shown).not.toContain("Moved flat");
  });
});

test("only the period's PEG and red flags are shown; PEG changes count from the first PEG ever", async () => {
  const carol = await createTestUser();
  await getPrisma().pegResponse.createMany({
    data: [
      { userId: carol.id, date: toDbDate("2026-04-01"), pain: 8, enjoyment: 8, activity: 8 },
      { userId: carol.id, date: toDbDate("2026-05-10"), pain: 4, enjoyment: 4, activity: 4 },
      { userId: carol.id, date: toDbDate("2026-06-10"), pain: 2, enjoyment: 2, activity: 2 },
    ],
  });
  await getPrisma().checkIn.createMany({
    data: [
      { userId: carol.id, date: toDbDate("2026-04-20"), redFlags: ["FEVER"] },
      { userId: carol.id, date: toDbDate("2026-05-15"), redFlags: ["AFTER_FALL_OR_INJURY"] },
      { userId: carol.id, date: toDbDate("2026-06-02"), redFlags: ["SADDLE_NUMBNESS"] },
    ],
  });
  const summary = await buildSummary({ userId: carol.id, options: privateOff });
  expect(summary.peg.map((point) => [point.date, point.score, point.level])).toEqual([
    ["2026-05-10", 4, "substantial-improvement"],
  ]);
  expect(summary.redFlags).toEqual([{ date: "2026-05-15", flags: ["AFTER_FALL_OR_INJURY"] }]);
});
