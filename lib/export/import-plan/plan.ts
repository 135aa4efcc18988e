import { randomUUID } from "node:crypto";
import { toDbDate } from "@/lib/time";
import { contentRequestId } from "../formats/ids";
import type { ExportDocument, ExportDose, ExportTagUse } from "../schema";
import { IMPORT_RECORD_KINDS, type ImportCount, type ImportReport } from "../types";
import { experimentKey, lifeEventKey, reflectionKey, tagKey } from "./keys";
import { planMedications, planReliefItems, planTags } from "./named-records";

/**
 * The pure half of the import: given the file and what the account already holds, which rows to
 * insert and what to report. lib/export/mutations.ts reads the account and writes the rows in one
 * transaction.
 */

/** What the account already holds, as far as matching needs it. */
export type ExistingRecords = {
  timeZone: string;
  painBeganOn: string | null;
  flareBeganOn: string | null;
  /** Oldest first: an any-case match takes the first spelling, as the journal does. */
  tags: { id: string; kind: string; name: string }[];
  reliefItems: { id: string; builtinKey: string | null; name: string }[];
  /** Oldest first, names decrypted. */
  medications: { id: string; name: string }[];
  checkInDates: Set<string>;
  requestIds: Set<string>;
  /** lifeEventKey(date, title) */
  lifeEvents: Set<string>;
  pegDates: Set<string>;
  /** reflectionKey(promptKey, createdAt) */
  reflections: Set<string>;
  /** experimentKey(startDate, blockDays, blockOrder) */
  experiments: Set<string>;
};

const at = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

function emptyCounts() {
  return Object.fromEntries(
    IMPORT_RECORD_KINDS.map((kind) => [kind, { imported: 0, alreadyPresent: 0 }]),
  ) as ImportReport["counts"];
}

type PlanArguments = Parameters<typeof planning>[0];

/** Which rows to insert for `document` into an account holding `existing`, and the report. */
export function planImport(args: PlanArguments) {
  const steps = planning(args);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * planImport for the server: the same plan, with other requests let in every few hundred
 * records (planning 15,000 days in one go held the event loop for 1.5 s).
 */
export async function planImportInTurns(args: PlanArguments) {
  const steps = planning(args);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Records planned between two turns. */
const RECORDS_PER_TURN = 500;

/** The plan, paused (`yield`) every RECORDS_PER_TURN check-ins and quick logs. */
function* planning({
  userId,
  document,
  existing,
  newId = randomUUID,
}: {
  userId: string;
  document: ExportDocument;
  existing: ExistingRecords;
  newId?: () => string;
}) {
  const counts = emptyCounts();
  const tags = planTags({ userId, document, existing, newId, count: counts.tags });
  const relief = planReliefItems({ userId, document, existing, newId, count: counts.reliefItems });
  const medications = planMedications({
    userId,
    document,
    existing,
    newId,
    count: counts.medications,
  });

  const checkIns = [];
  const painEntries = [];
  const tagUses = [];
  const reliefUses = [];
  const doses = [];
  const dosesOf = (
    taken: ExportDose[],
    owner: { checkInId?: string; painEntryId?: string; localDate: Date },
  ) =>
    taken.map(({ medication, takenAt, ...dose }) => {
      const medicationId = medications.ids.get(medication);
      if (!medicationId) throw new Error("medication references are checked by the schema");
      counts.doses.imported++;
      return { ...dose, ...owner, id: newId(), userId, medicationId, takenAt: new Date(takenAt) };
    });
  const usesOf = (
    uses: ExportTagUse[],
    owner: { checkInId?: string; painEntryId?: string; localDate: Date },
  ) =>
    uses.map((use) => {
      const tagId = tags.ids.get(tagKey(use.kind, use.name));
      if (!tagId) throw new Error("tag references are checked by the schema");
      return { id: newId(), userId, tagId, partOfDay: use.partOfDay, ...owner };
    });

  for (const [index, checkIn] of document.checkIns.entries()) {
    if (index > 0 && index % RECORDS_PER_TURN === 0) yield;
    if (existing.checkInDates.has(checkIn.date)) {
      counts.checkIns.alreadyPresent++;
      counts.painRatings.alreadyPresent += checkIn.pain.length;
      counts.doses.alreadyPresent += checkIn.medications.length;
      continue;
    }
    const {
      pain,
      tags: dayTags,
      relief: reliefOfDay,
      medications: dosesOfDay,
      date: isoDate,
      ...fields
    } = checkIn;
    const date = toDbDate(isoDate);
    const checkInId = newId();
    counts.checkIns.imported++;
    checkIns.push({
      ...fields,
      id: checkInId,
      userId,
      date,
      createdAt: at(fields.createdAt),
      updatedAt: at(fields.updatedAt),
    });
    for (const { tags: entryTags, createdAt, ...entry } of pain) {
      const painEntryId = newId();
      counts.painRatings.imported++;
      painEntries.push({
        ...entry,
        id: painEntryId,
        userId,
        checkInId,
        localDate: date,
        createdAt: at(createdAt),
      });
      tagUses.push(...usesOf(entryTags, { painEntryId, localDate: date }));
    }
    tagUses.push(...usesOf(dayTags, { checkInId, localDate: date }));
    doses.push(...dosesOf(dosesOfDay, { checkInId, localDate: date }));
    const itemsUsed = new Set<string>();
    for (const { item, ...use } of reliefOfDay) {
      const reliefItemId = relief.ids.get(item);
      if (!reliefItemId) throw new Error("relief references are checked by the schema");
      // Two of the file's items can land on one of the account's ("Heat" and "heat").
      if (itemsUsed.has(reliefItemId)) continue;
      itemsUsed.add(reliefItemId);
      reliefUses.push({ ...use, id: newId(), userId, checkInId, reliefItemId, localDate: date });
    }
  }

  const requestIds = new Set(existing.requestIds);
  for (const [index, log] of document.quickLogs.entries()) {
    if (index > 0 && index % RECORDS_PER_TURN === 0) yield;
    const requestId = log.requestId ?? contentRequestId(log);
    if (requestIds.has(requestId)) {
      counts.quickLogs.alreadyPresent++;
      counts.doses.alreadyPresent += log.medications.length;
      continue;
    }
    requestIds.add(requestId);
    counts.quickLogs.imported++;
    const {
      tags: logTags,
      medications: logDoses,
      createdAt,
      occurredAt,
      localDate: isoDate,
      ...entry
    } = log;
    const painEntryId = newId();
    const localDate = toDbDate(isoDate);
    painEntries.push({
      ...entry,
      id: painEntryId,
      userId,
      requestId,
      localDate,
      occurredAt: new Date(occurredAt),
      createdAt: at(createdAt),
    });
    tagUses.push(...usesOf(logTags, { painEntryId, localDate }));
    doses.push(...dosesOf(logDoses, { painEntryId, localDate }));
  }

  const lifeEvents = document.lifeEvents
    .filter((event) => !existing.lifeEvents.has(lifeEventKey(event.date, event.title)))
    .map((event) => ({
      ...event,
      id: newId(),
      userId,
      date: toDbDate(event.date),
      createdAt: at(event.createdAt),
    }));
  const pegResponses = document.pegResponses
    .filter((peg) => !existing.pegDates.has(peg.date))
    .map((peg) => ({
      ...peg,
      id: newId(),
      userId,
      date: toDbDate(peg.date),
      createdAt: at(peg.createdAt),
    }));
  const reflections = document.reflections
    .filter((row) => !existing.reflections.has(reflectionKey(row.promptKey, row.createdAt)))
    .map((row) => ({
      ...row,
      id: newId(),
      userId,
      weekStart: toDbDate(row.weekStart),
      createdAt: new Date(row.createdAt),
      updatedAt: at(row.updatedAt),
    }));
  const experiments = [];
  const experimentNights = [];
  for (const { nights, reliefItem, createdAt, ...row } of document.experiments) {
    if (existing.experiments.has(experimentKey(row))) continue;
    const experimentId = newId();
    const reliefItemId = reliefItem === null ? null : (relief.ids.get(reliefItem) ?? null);
    experiments.push({
      ...row,
      id: experimentId,
      userId,
      reliefItemId,
      startDate: toDbDate(row.startDate),
      stoppedOn: row.stoppedOn === null ? null : toDbDate(row.stoppedOn),
      createdAt: at(createdAt),
    });
    for (const night of nights) {
      experimentNights.push({ ...night, experimentId, userId, date: toDbDate(night.date) });
    }
  }
  const tally = (count: ImportCount, total: number, imported: number) => {
    count.imported = imported;
    count.alreadyPresent = total - imported;
  };
  tally(counts.lifeEvents, document.lifeEvents.length, lifeEvents.length);
  tally(counts.pegResponses, document.pegResponses.length, pegResponses.length);
  tally(counts.reflections, document.reflections.length, reflections.length);
  tally(counts.experiments, document.experiments.length, experiments.length);

  const onset = planOnsetDates({ document, existing });
  const fileTimeZone = document.account?.timeZone;
  const report: ImportReport = {
    counts,
    onsetDates: onset.outcome,
    otherTimeZone: fileTimeZone && fileTimeZone !== existing.timeZone ? fileTimeZone : null,
    shareLinksNotImported: document.shareLinks.length,
  };
  return {
    report,
    onsetUpdate: onset.update,
    rows: {
      tags: tags.rows,
      reliefItems: relief.rows,
      medications: medications.rows,
      checkIns,
      painEntries,
      tagUses,
      reliefUses,
      doses,
      lifeEvents,
      pegResponses,
      reflections,
      experiments,
      experimentNights,
    },
  };
}

export type ImportPlan = ReturnType<typeof planImport>;

/** The file's onset dates fill the account's only where it has none of its own. */
function planOnsetDates({
  document,
  existing,
}: {
  document: ExportDocument;
  existing: ExistingRecords;
}): { outcome: ImportReport["onsetDates"]; update: { painBeganOn?: Date; flareBeganOn?: Date } } {
  const painBeganOn = document.account?.painBeganOn ?? null;
  const flareBeganOn = document.account?.flareBeganOn ?? null;
  if (painBeganOn === null && flareBeganOn === null) return { outcome: "none", update: {} };
  const update = {
    ...(painBeganOn && !existing.painBeganOn ? { painBeganOn: toDbDate(painBeganOn) } : {}),
    ...(flareBeganOn && !existing.flareBeganOn ? { flareBeganOn: toDbDate(flareBeganOn) } : {}),
  };
  return { outcome: Object.keys(update).length > 0 ? "set" : "kept", update };
}
