import { MAX_QUICK_LOG_TAGS, MAX_TAGS, NOTE_MAX } from "@/lib/journal/vocabulary/limits";
import type { PartOfDay } from "@/lib/time";
import { PAIN_SCALES, type SpreadsheetMapping } from "../schema";
import type { CsvTable, ImportProblem } from "./csv-table";
import { dateRangeProblem, type LocalTime, readDate, readTime, slotAt, timeLabel } from "./dates";
import {
  breatheEvery,
  createJournalDraft,
  type PreviewRow,
  type ReadHistory,
  TAG_TOO_LONG,
  type TagKind,
  TOO_MANY_TAGS,
  tagNames,
} from "./journal-draft";

/**
 * Any spreadsheet → Backstory, through the person's mapping of its columns. A row with a pain
 * rating and a time is a quick log at that moment (its day and part of day as a quick log made
 * then would get); a rating without a time is the rating of the day's check-in for the part of
 * day the person chose. Tags and notes of a row go to the quick log (tags) or to the day's
 * check-in (tags of rows without a rating, and every note: quick logs have no note).
 */

/** Tags in one cell are separated by commas, semicolons or vertical bars. */
const TAG_SEPARATOR = /[,;|]/;
const NUMBER = /^\d{1,3}([.,]\d+)?$/;

const TAG_COLUMNS = [
  ["people", "PERSON"],
  ["places", "CONTEXT"],
  ["feelings", "EMOTION"],
] as const satisfies readonly (readonly [keyof SpreadsheetMapping, TagKind])[];

/** Column names for messages: the header's, or "column 3" when the header cell is blank. */
export function columnName(header: string[], index: number): string {
  return header[index]?.trim() || `column ${index + 1}`;
}

/** A rating in the mapped scale → 0–10 (rounded, halves up), or a message saying why not. */
export function readPain(text: string, scale: keyof typeof PAIN_SCALES): number | string {
  const { min, max, toTen } = PAIN_SCALES[scale];
  const value = Number(text.replace(",", "."));
  if (!NUMBER.test(text) || value < min || value > max) {
    return `“${text}” is not a rating from ${min} to ${max}`;
  }
  return Math.round(toTen(value));
}

/** Reads a spreadsheet through `mapping` into what it will create, or every problem found. */
export async function readSpreadsheet({
  table,
  mapping,
  timeZone,
}: {
  table: CsvTable;
  mapping: SpreadsheetMapping;
  timeZone: string;
}): Promise<ReadHistory> {
  const { header } = table;
  const mapped = Object.entries(mapping).filter(
    (entry): entry is [string, number] => typeof entry[1] === "number",
  );
  const outside = mapped.find(([, index]) => index >= header.length);
  if (outside) {
    return {
      ok: false,
      problems: [{ row: 1, column: null, message: "the file has fewer columns than the mapping" }],
    };
  }
  const draft = createJournalDraft();
  const problems: ImportProblem[] = [];
  const preview: PreviewRow[] = [];
  const firstRowOfDay = new Map<string, number>();

  for (const [index, { number, cells }] of table.rows.entries()) {
    await breatheEvery(index);
    const cell = (index: number | null) => (index === null ? "" : (cells[index] ?? "").trim());
    const problem = (index: number, message: string) =>
      problems.push({ row: number, column: columnName(header, index), message });
    const dateIndex = mapping.date ?? 0;
    const dateText = cell(dateIndex);
    const read = readDate({ text: dateText, order: mapping.dateOrder, timeZone });
    if (!read) {
      problem(dateIndex, dateText ? `“${dateText}” is not a date Backstory can read` : "no date");
    } else if (dateRangeProblem(read.date)) {
      problem(dateIndex, `${read.date} ${dateRangeProblem(read.date)}`);
    }
    let time: LocalTime | null = read?.time ?? null;
    const timeText = cell(mapping.time);
    if (mapping.time !== null && timeText !== "") {
      time = readTime(timeText);
      if (!time) problem(mapping.time, `“${timeText}” is not a time like 20:30 or 8:30 pm`);
    }
    const painText = cell(mapping.pain);
    const pain = painText === "" ? null : readPain(painText, mapping.scale);
    if (typeof pain === "string" && mapping.pain !== null) problem(mapping.pain, pain);
    const tags = TAG_COLUMNS.map(([field, kind]) => {
      const index = mapping[field];
      const { names, tooLong } = tagNames(cell(index), TAG_SEPARATOR);
      if (tooLong && index !== null) problem(index, TAG_TOO_LONG(tooLong));
      return { kind, names };
    });
    const note = cell(mapping.note) || null;
    if (!read || typeof pain === "string" || (timeText !== "" && !time)) continue;

    const slot = time ? slotAt({ date: read.date, time, timeZone }) : null;
    const date = slot?.localDate ?? read.date;
    const partOfDay: PartOfDay | null = slot?.partOfDay ?? null;
    if (!firstRowOfDay.has(date)) firstRowOfDay.set(date, number);
    let becomes: PreviewRow["becomes"] =
      note || tags.some((t) => t.names.length) ? "check-in" : "nothing";
    if (pain !== null && slot) {
      const count = tags.reduce((sum, { names }) => sum + names.length, 0);
      if (count > MAX_QUICK_LOG_TAGS) {
        problems.push({
          row: number,
          column: null,
          message: `a rating with a time becomes a quick log, which holds at most ${MAX_QUICK_LOG_TAGS} tags; this row has ${count}`,
        });
      }
      draft.addQuickLog({ ...slot, intensity: pain, tags });
      becomes = "quick log";
    } else {
      if (pain !== null) {
        const part = mapping.untimedPart;
        const earlier = draft.addDayPain({ date, partOfDay: part, intensity: pain, row: number });
        if (earlier !== null && mapping.pain !== null) {
          problem(
            mapping.pain,
            `${date} already has a rating without a time (row ${earlier}); give one of them a time, or keep one`,
          );
        }
        becomes = "check-in";
      }
      for (const { kind, names } of tags) draft.addDayTags(date, kind, names, partOfDay);
    }
    if (note) draft.addDayNote(date, note);
    preview.push({
      row: number,
      date,
      partOfDay: pain !== null && !slot ? mapping.untimedPart : partOfDay,
      time: time ? timeLabel(time) : null,
      pain,
      becomes,
      tags: tags.flatMap(({ kind, names }) => names.map((name) => ({ kind, name }))),
      note,
    });
  }
  for (const date of draft.daysWithLongNotes(NOTE_MAX)) {
    problems.push({
      row: firstRowOfDay.get(date) ?? 0,
      column: mapping.note === null ? null : columnName(header, mapping.note),
      message: `the notes of ${date} together are longer than ${NOTE_MAX} characters, the most a day's note can be`,
    });
  }
  for (const { date, count } of draft.daysWithManyTags(MAX_TAGS)) {
    problems.push({
      row: firstRowOfDay.get(date) ?? 0,
      column: null,
      message: TOO_MANY_TAGS(date, count),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!preview.some((row) => row.becomes !== "nothing")) {
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          message:
            "Nothing to import: no row has a pain rating, a tag or a note in the chosen columns.",
        },
      ],
    };
  }
  return { ok: true, document: draft.toDocument(), preview, rowCount: table.rows.length };
}
