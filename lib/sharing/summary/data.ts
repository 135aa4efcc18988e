import "server-only";
import { listSharedExperiments } from "@/lib/experiments/data";
import { listLifeEventMarkers } from "@/lib/life-events/data";
import { listMedicationIds } from "@/lib/medications/data";
import { analysePatterns } from "@/lib/patterns/analysis/analysis";
import { weeklyTrend } from "@/lib/patterns/analysis/trend";
import { daysWithin, withPreviousLook } from "@/lib/patterns/analysis/window";
import {
  getFirstEntryDate,
  getPartOfDayDistribution,
  listDayRecords,
  listPatternSubjects,
} from "@/lib/patterns/data";
import { listPegResponses } from "@/lib/peg/data";
import { pegTrend } from "@/lib/peg/questionnaire/score";
import { listRedFlagDays } from "@/lib/safety/data";
import {
  listMedicationsTaken,
  listNotesInPeriod,
  listReflectionsInPeriod,
  listReliefOutcomes,
} from "../data";
import { aliasPeople } from "../privacy/aliases";
import type { SummaryOptions } from "../schema";
import { type ShareSummary, SUMMARY_VERSION } from "../types";

/**
 * The summary of one person's journal for a period, with exactly what the options allow: people
 * aliased unless names are chosen, notes, reflections and medications only when ticked (without
 * medications, no pattern about a medication is listed either).
 */
export async function buildSummary({
  userId,
  options,
  now = new Date(),
}: {
  userId: string;
  options: SummaryOptions;
  now?: Date;
}): Promise<ShareSummary> {
  const period = { userId, from: options.from, to: options.to };
  const [
    bothLooks,
    partsOfDay,
    subjects,
    lifeEvents,
    relief,
    redFlags,
    peg,
    notes,
    reflections,
    experiments,
    medications,
    hiddenMedicationIds,
    journalStart,
  ] = await Promise.all([
    listDayRecords({ userId, ...withPreviousLook(options) }),
    getPartOfDayDistribution(period),
    listPatternSubjects({ userId }),
    listLifeEventMarkers(period),
    listReliefOutcomes(period),
    listRedFlagDays({ userId }),
    listPegResponses({ userId }),
    options.includeNotes ? listNotesInPeriod(period) : null,
    options.includeReflections ? listReflectionsInPeriod(period) : null,
    options.includeExperiments ? listSharedExperiments({ ...period, now }) : null,
    options.includeMedications ? listMedicationsTaken(period) : null,
    options.includeMedications ? [] : listMedicationIds({ userId }),
    // The journal's age sets the levels (lib/patterns/types.ts), as on the Patterns page.
    getFirstEntryDate({ userId }),
  ]);
  const days = daysWithin(bothLooks, options);
  const hidden = new Set(hiddenMedicationIds);
  const analysis = analysePatterns({
    days: bothLooks,
    range: { from: options.from, to: options.to },
    journalStart,
    tags: aliasPeople(subjects.tags, options.showNames),
    reliefs: subjects.reliefs,
  });
  return {
    version: SUMMARY_VERSION,
    period: { from: options.from, to: options.to },
    generatedAt: now.toISOString(),
    daysLogged: days.length,
    ratings: partsOfDay.reduce((sum, part) => sum + part.entries, 0),
    showsNames: options.showNames,
    partsOfDay,
    weeks: weeklyTrend(days),
    lifeEvents: lifeEvents.map((event) => ({ ...event, category: String(event.category) })),
    patterns: {
      testedCount: analysis.testedCount,
      methods: [...new Set(analysis.comparisons.map((comparison) => comparison.method))],
      // Analysed with the medications in, as the Patterns page is (the same figures), and left
      // out of the list when the person does not share them.
      comparisons: analysis.comparisons.filter((c) => !c.subjectId || !hidden.has(c.subjectId)),
    },
    relief,
    redFlags: redFlags
      .filter((day) => day.date >= options.from && day.date <= options.to)
      .map((day) => ({ date: day.date, flags: [...day.redFlags] })),
    // Changes are measured from the first PEG ever, then only the period is shown.
    peg: pegTrend(peg).filter((point) => point.date >= options.from && point.date <= options.to),
    notes,
    reflections,
    experiments,
    medications,
  };
}
