import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "vitest";
import type { ShareSummary } from "../types";
import { NOT_A_DIAGNOSIS_LINE } from "./summary-document";
import { renderSummaryPdf } from "./summary-pdf";

function summary(overrides: Partial<ShareSummary> = {}): ShareSummary {
  const weeks = Array.from({ length: 30 }, (_, index) => ({
    isoWeek: `2026-W${String(index + 1).padStart(2, "0")}`,
    weekStart: `2026-${String(1 + Math.floor(index / 4)).padStart(2, "0")}-0${1 + (index % 4)}`,
    days: 6,
    meanPain: 4 + (index % 3),
    medianPain: 4,
    best: { date: "2026-01-02", pain: 2 },
    worst: { date: "2026-01-03", pain: 8 },
  }));
  return {
    version: 1,
    period: { from: "2026-01-01", to: "2026-07-31" },
    generatedAt: "2026-08-01T10:00:00.000Z",
    daysLogged: 180,
    ratings: 700,
    showsNames: false,
    partsOfDay: [
      { partOfDay: "MORNING", entries: 180, days: 180, min: 1, q1: 5, median: 6, q3: 7, max: 10 },
      { partOfDay: "EVENING", entries: 170, days: 170, min: 0, q1: 3, median: 4, q3: 5, max: 8 },
    ],
    weeks,
    lifeEvents: [{ date: "2026-03-02", title: "New job", category: "WORK" }],
    patterns: {
      testedCount: 1,
      methods: ["Hodges–Lehmann difference."],
      comparisons: [
        {
          key: "tag:1",
          kind: "person",
          subjectId: "1",
          outcome: "day-pain",
          labelA: "With Person A",
          labelB: "Without Person A",
          nA: 40,
          nB: 120,
          medianA: 6,
          medianB: 4.5,
          method: "m",
          status: "found",
          difference: -1.5,
          ciLow: -2.2,
          ciHigh: -0.8,
          pValue: 0.0001,
          isSeenThisWeekOnly: false,
          mayBeSmaller: false,
          qValue: 0.001,
        },
      ],
    },
    relief: [
      {
        name: "Calf stretch",
        days: 50,
        minutes: 500,
        helped: 20,
        helpedALittle: 20,
        didNotHelp: 10,
      },
    ],
    redFlags: [{ date: "2026-02-10", flags: ["SADDLE_NUMBNESS"] }],
    peg: [],
    notes: null,
    reflections: null,
    ...overrides,
  };
}

async function pdfPages(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text as string[];
}

test("the PDF carries the period, the aliases and the not-a-diagnosis line on every page", async () => {
  const pdf = await renderSummaryPdf(summary());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages) {
    expect(page).toContain("2026-01-01 to 2026-07-31");
    expect(page).toContain(NOT_A_DIAGNOSIS_LINE);
  }
  const all = pages.join("\n");
  expect(all).toContain("Person A");
  expect(all).toContain("New job");
  expect(all).toContain("Numbness around the genitals");
  expect(all).toContain("−"); // a real minus sign survives (the embedded font has it)
});

test("notes appear in the PDF only when the summary includes them", async () => {
  const without = (await pdfPages(await renderSummaryPdf(summary()))).join("\n");
  expect(without).not.toContain("Notes (included");
  const withNotes = (
    await pdfPages(
      await renderSummaryPdf(summary({ notes: [{ date: "2026-02-01", note: "Ärger über Sam" }] })),
    )
  ).join("\n");
  expect(withNotes).toContain("Ärger über Sam");
});
