import { nextTurn } from "@/lib/export/formats/json";
import { EXPORT_FORMAT, type ExportDocumentInput, SCHEMA_VERSION } from "@/lib/export/schema";
import { normaliseName } from "@/lib/journal/form-fields/field-schemas";
import { MAX_TAGS, TAG_NAME_MAX } from "@/lib/journal/vocabulary/limits";
import type { PartOfDay } from "@/lib/time";
import type { ImportProblem } from "./csv-table";

/**
 * Collects what rows of another app's file become in Backstory's terms (check-ins by day, quick
 * logs, tags), then writes it as a Backstory export document, so that it is checked and stored
 * by the same import as a JSON backup (lib/export/mutations.ts): one transaction, records
 * already there left alone.
 */

export type TagKind = "PERSON" | "CONTEXT" | "EMOTION";
type TagUse = { kind: TagKind; name: string; partOfDay: PartOfDay | null };
type Day = {
  notes: string[];
  tags: Map<string, TagUse>;
  pain: Map<PartOfDay, { intensity: number; row: number }>;
};

/** One row as it will be saved, for the preview. */
export type PreviewRow = {
  row: number;
  date: string;
  partOfDay: PartOfDay | null;
  time: string | null;
  /** 0–10, as stored. */
  pain: number | null;
  /** "quick log" rows stand alone; the rest add to their day's check-in. */
  becomes: "check-in" | "quick log" | "nothing";
  tags: { kind: TagKind; name: string }[];
  note: string | null;
};

/** Rows read between two turns of the event loop, so a long file never holds the server. */
const ROWS_PER_TURN = 500;
export const breatheEvery = (index: number) =>
  index > 0 && index % ROWS_PER_TURN === 0 ? nextTurn() : undefined;

const tagKey = (kind: string, name: string) => `${kind}\u0000${name.toLowerCase()}`;

/**
 * A cell's tag names: split on `separator`, tidied the way the journal tidies a typed name, and
 * checked against the journal's length limit.
 */
export function tagNames(
  cell: string,
  separator: RegExp | string,
): { names: string[]; tooLong: string | null } {
  const names = [...new Set(cell.split(separator).map(normaliseName))].filter(Boolean);
  const tooLong = names.find((name) => [...name].length > TAG_NAME_MAX) ?? null;
  return { names, tooLong };
}

export const TOO_MANY_TAGS = (date: string, count: number) =>
  `${date} would have ${count} tags; a day holds at most ${MAX_TAGS} (as in the check-in form)`;

export const TAG_TOO_LONG = (name: string) =>
  `“${name.slice(0, 20)}…” is longer than ${TAG_NAME_MAX} characters, the most a tag name can be`;

export function createJournalDraft() {
  const days = new Map<string, Day>();
  const tags = new Map<string, { kind: TagKind; name: string }>();
  const quickLogs: NonNullable<ExportDocumentInput["quickLogs"]> = [];

  const dayOf = (date: string) => {
    let day = days.get(date);
    if (!day) {
      day = { notes: [], tags: new Map(), pain: new Map() };
      days.set(date, day);
    }
    return day;
  };
  /** Names match in any case, the first spelling wins (as in the journal). */
  const tagUses = (kind: TagKind, names: string[], partOfDay: PartOfDay | null) =>
    names.map((name) => {
      const key = tagKey(kind, name);
      const known = tags.get(key) ?? { kind, name };
      tags.set(key, known);
      return { kind, name: known.name, partOfDay };
    });

  return {
    addDayTags(date: string, kind: TagKind, names: string[], partOfDay: PartOfDay | null) {
      if (names.length === 0) return;
      const day = dayOf(date);
      for (const use of tagUses(kind, names, partOfDay)) {
        day.tags.set(`${tagKey(use.kind, use.name)}\u0000${partOfDay}`, use);
      }
    },
    addDayNote(date: string, note: string) {
      dayOf(date).notes.push(note);
    },
    /** The row that already rated this part of this day, or null when the rating was added. */
    addDayPain({
      date,
      partOfDay,
      intensity,
      row,
    }: {
      date: string;
      partOfDay: PartOfDay;
      intensity: number;
      row: number;
    }): number | null {
      const day = dayOf(date);
      const earlier = day.pain.get(partOfDay);
      if (earlier) return earlier.row;
      day.pain.set(partOfDay, { intensity, row });
      return null;
    },
    addQuickLog(log: {
      occurredAt: string;
      localDate: string;
      partOfDay: PartOfDay;
      intensity: number;
      tags: { kind: TagKind; names: string[] }[];
    }) {
      quickLogs.push({
        occurredAt: log.occurredAt,
        localDate: log.localDate,
        partOfDay: log.partOfDay,
        intensity: log.intensity,
        // A quick log's tags carry its part of day, as the quick log form stores them.
        tags: log.tags.flatMap(({ kind, names }) => tagUses(kind, names, log.partOfDay)),
      });
    },
    /** A day's note may not outgrow what the check-in form takes; the dates that do. */
    daysWithLongNotes(max: number): string[] {
      return [...days].filter(([, day]) => day.notes.join("\n\n").length > max).map(([d]) => d);
    },
    /** A day may hold no more tags than the check-in form takes; the dates that do, and how many. */
    daysWithManyTags(max: number): { date: string; count: number }[] {
      return [...days]
        .filter(([, day]) => day.tags.size > max)
        .map(([date, day]) => ({ date, count: day.tags.size }));
    },
    toDocument(): ExportDocumentInput {
      return {
        format: EXPORT_FORMAT,
        schemaVersion: SCHEMA_VERSION,
        tags: [...tags.values()],
        checkIns: [...days].map(([date, day]) => ({
          date,
          note: day.notes.length > 0 ? day.notes.join("\n\n") : null,
          pain: [...day.pain].map(([partOfDay, { intensity }]) => ({ partOfDay, intensity })),
          tags: [...day.tags.values()],
        })),
        quickLogs,
      };
    },
  };
}

export type JournalDraft = ReturnType<typeof createJournalDraft>;

/** The outcome of reading another app's file. */
export type ReadHistory =
  | { ok: true; document: ExportDocumentInput; preview: PreviewRow[]; rowCount: number }
  | { ok: false; problems: ImportProblem[] };
