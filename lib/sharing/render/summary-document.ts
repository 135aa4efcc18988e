import { RED_FLAG_INFO, type RedFlag } from "@/lib/journal/vocabulary/red-flags";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { LIFE_EVENT_CATEGORY_LABELS, type LifeEventCategory } from "@/lib/life-events/types";
import { formatPain, pluralDays } from "@/lib/pain-text";
import type { PartDistribution } from "@/lib/patterns/types";
import { METHOD_PLAIN, METHOD_TECHNICAL } from "@/lib/patterns/wording/method";
import {
  comparedLabel,
  differenceWithInterval,
  headline,
  loggedComparisons,
  resultText,
} from "@/lib/patterns/wording/wording";
import { formatChangePercent, PEG_LEVEL_LABELS } from "@/lib/peg/questionnaire/score";
import { PARTS_OF_DAY } from "@/lib/time";
import type { MedicationTaken, ShareSummary } from "../types";
import { listSection } from "./list-section";
import { privateSections } from "./private-sections";

export const NOT_A_DIAGNOSIS_LINE = "Self-reported by the patient. Not a diagnosis.";

export type DocumentTable = { caption: string; head: string[]; rows: string[][] };
export type DocumentSection = {
  id: string;
  title: string;
  paragraphs: string[];
  tables: DocumentTable[];
};

/**
 * The shared summary as titled sections of sentences and tables: one model that the web page and
 * the PDF both render, so they can never show different things.
 */
export function summaryDocument(summary: ShareSummary): DocumentSection[] {
  const { period } = summary;
  const partsOfDay = inDayOrder(summary.partsOfDay);
  const comparisons = loggedComparisons(summary.patterns.comparisons);
  const untested = comparisons.filter((c) => c.status === "not-enough-data").length;
  const top = headline({ comparisons });
  const sections: DocumentSection[] = [
    {
      id: "overview",
      title: "Overview",
      paragraphs: [
        `Period: ${period.from} to ${period.to}. ${pluralDays(summary.daysLogged)} logged, ${summary.ratings} pain ratings (0–10 numeric rating scale).`,
        summary.showsNames
          ? "People are named as the patient chose."
          : "People the patient named are shown as aliases (Person A, Person B …).",
        NOT_A_DIAGNOSIS_LINE,
      ],
      tables: [],
    },
    listSection({
      id: "parts-of-day",
      title: "Pain by part of day",
      empty: "No ratings in this period.",
      table: {
        caption: "Ratings per part of day: median, middle half (quartiles) and range",
        head: ["Part of day", "Median", "Middle half", "Range", "Ratings", "Days"],
        rows: partsOfDay.map((part) => [
          PART_OF_DAY_LABELS[part.partOfDay].label,
          formatPain(part.median),
          `${formatPain(part.q1)}–${formatPain(part.q3)}`,
          `${formatPain(part.min)}–${formatPain(part.max)}`,
          String(part.entries),
          String(part.days),
        ]),
      },
    }),
    {
      id: "trend",
      title: "Weekly trend and life events",
      paragraphs: summary.weeks.length ? [] : ["No weeks with ratings in this period."],
      tables: [
        ...(summary.weeks.length
          ? [
              {
                caption: "Day pain per week (Monday to Sunday)",
                head: ["Week of", "Days", "Mean", "Median", "Best day", "Worst day"],
                rows: summary.weeks.map((week) => [
                  week.weekStart,
                  String(week.days),
                  formatPain(week.meanPain),
                  formatPain(week.medianPain),
                  `${week.best.date} (${formatPain(week.best.pain)})`,
                  `${week.worst.date} (${formatPain(week.worst.pain)})`,
                ]),
              },
            ]
          : []),
        ...(summary.lifeEvents.length
          ? [
              {
                caption: "Life events in the period",
                head: ["Date", "Event", "Kind"],
                rows: summary.lifeEvents.map((event) => [
                  event.date,
                  event.title,
                  LIFE_EVENT_CATEGORY_LABELS[event.category as LifeEventCategory] ?? event.category,
                ]),
              },
            ]
          : []),
      ],
    },
    {
      id: "patterns",
      title: "Patterns, with their evidence",
      paragraphs: [
        ...(top.kind === "found"
          ? [
              ...top.lines.map((line) => line.text),
              ...(top.otherFound > 0 ? [`${top.otherFound} more found: see the table below.`] : []),
            ]
          : ["Nothing stood out clearly from chance in this period."]),
        `${summary.patterns.testedCount} comparisons were tested; ${untested} had too little data to test. ${METHOD_PLAIN}`,
      ],
      tables: comparisons.length
        ? [
            {
              caption: "Every comparison of what the patient logged",
              head: ["Compared", "Days", "Difference (95% interval)", "Result"],
              rows: comparisons.map((comparison) => [
                comparedLabel(comparison),
                `${comparison.nA} vs ${comparison.nB}`,
                differenceWithInterval(comparison),
                resultText(comparison),
              ]),
            },
            {
              caption: "How this is worked out",
              head: ["What", "Method"],
              rows: METHOD_TECHNICAL.map(({ term, text }) => [term, text]),
            },
          ]
        : [],
    },
    listSection({
      id: "relief",
      title: "What the patient did for relief",
      empty: "Nothing recorded in this period.",
      table: {
        caption: "Relief, and whether it seemed to help (the patient's own rating)",
        head: ["What", "Days", "Minutes", "Helped", "A little", "Did not help"],
        rows: summary.relief.map((item) => [
          item.name,
          String(item.days),
          String(item.minutes),
          String(item.helped),
          String(item.helpedALittle),
          String(item.didNotHelp),
        ]),
      },
    }),
    ...(summary.medications
      ? [
          {
            id: "medications",
            title: "Medications taken (included by the patient)",
            paragraphs: summary.medications.length
              ? [
                  "As the patient logged them in the check-in and the quick log. In the patterns above, a medication is compared like relief: the next morning, adjusted for the day's pain.",
                  ...summary.medications.map(medicationSentence),
                ]
              : ["None logged in this period."],
            tables: [],
          },
        ]
      : []),
    {
      id: "red-flags",
      title: "Red flags reported",
      paragraphs: summary.redFlags.length
        ? ["Symptoms the patient ticked in the check-in's safety questions."]
        : ["None reported in this period."],
      tables: summary.redFlags.length
        ? [
            {
              caption: "Days with red flags",
              head: ["Date", "Symptoms", "Urgency"],
              rows: summary.redFlags.map((day) => [
                day.date,
                day.flags.map((flag) => RED_FLAG_INFO[flag as RedFlag]?.label ?? flag).join("; "),
                day.flags.some((flag) => RED_FLAG_INFO[flag as RedFlag]?.urgency === "urgent")
                  ? "Urgent"
                  : "See a professional soon",
              ]),
            },
          ]
        : [],
    },
    {
      id: "peg",
      title: "Weekly PEG (pain, enjoyment of life, general activity)",
      paragraphs: summary.peg.length
        ? [
            "Score = mean of the three answers (0–10). Changes of 30% or more from the first PEG are moderate, 50% or more substantial.",
          ]
        : ["No PEG answered in this period."],
      tables: summary.peg.length
        ? [
            {
              caption: "PEG over time",
              head: ["Date", "Pain", "Enjoyment", "Activity", "Score", "Change from first"],
              rows: summary.peg.map((point) => [
                point.date,
                String(point.pain),
                String(point.enjoyment),
                String(point.activity),
                formatPain(point.score),
                `${formatChangePercent(point.changePercent)} ${PEG_LEVEL_LABELS[point.level]}`.trim(),
              ]),
            },
          ]
        : [],
    },
  ];
  sections.push(...privateSections(summary));
  return sections;
}

/** "Ibuprofen: 9 doses on 7 days (5 as needed): 400 mg, 200 mg." */
function medicationSentence(taken: MedicationTaken): string {
  const doses = `${taken.doses} dose${taken.doses === 1 ? "" : "s"}`;
  const asNeeded = taken.asNeeded > 0 ? ` (${taken.asNeeded} as needed)` : "";
  return `${taken.name}: ${doses} on ${pluralDays(taken.days)}${asNeeded}: ${taken.amounts.join(", ")}.`;
}

/** Parts of the day in the order of the day (morning → night), whatever order they came in. */
export function inDayOrder<T extends Pick<PartDistribution, "partOfDay">>(
  parts: readonly T[],
): T[] {
  return [...parts].sort(
    (a, b) => PARTS_OF_DAY.indexOf(a.partOfDay) - PARTS_OF_DAY.indexOf(b.partOfDay),
  );
}
