import { MAX_TAGS, NOTE_MAX } from "@/lib/journal/vocabulary/limits";
import { isIsoDate } from "@/lib/time";
import type { CsvTable, ImportProblem } from "./csv-table";
import { dateRangeProblem, readTime, slotAt, timeLabel } from "./dates";
import {
  breatheEvery,
  createJournalDraft,
  type PreviewRow,
  type ReadHistory,
  TAG_TOO_LONG,
  TOO_MANY_TAGS,
  tagNames,
} from "./journal-draft";

/**
 * Daylio's CSV export → Backstory. Daylio records a mood, activities and a note at a moment,
 * and no pain, so an entry becomes part of its day's check-in with no pain rating: the mood a
 * feeling tag, each activity a place/activity tag (both in the part of day of the entry's time),
 * the note title and note the day's private note. No pain rating is made up: the pattern
 * comparisons count only days with a rating, so these days wait for ratings of their own.
 * The day and part of day are the ones a quick log made at that time would file under
 * (00:00–03:59 belongs to the night of the day before).
 */

/** The columns of Daylio's export, in its order (note_title is missing in older exports). */
export const DAYLIO_COLUMNS = [
  "full_date",
  "date",
  "weekday",
  "time",
  "mood",
  "activities",
  "note_title",
  "note",
] as const;
const REQUIRED = ["full_date", "time", "mood", "activities", "note"] as const;
const ACTIVITY_SEPARATOR = " | ";

/** Reads a Daylio CSV table into what it will create, or every problem with row and column. */
export async function readDaylio({
  table,
  timeZone,
}: {
  table: CsvTable;
  timeZone: string;
}): Promise<ReadHistory> {
  const column = new Map(table.header.map((name, index) => [name.toLowerCase(), index]));
  const missing = REQUIRED.filter((name) => !column.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          message: `this is not a Daylio export: it has no ${missing.map((name) => `“${name}”`).join(", ")} column${missing.length > 1 ? "s" : ""} (Daylio's has ${DAYLIO_COLUMNS.join(", ")})`,
        },
      ],
    };
  }
  const cellOf = (cells: string[], name: string) => {
    const index = column.get(name);
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const draft = createJournalDraft();
  const problems: ImportProblem[] = [];
  const preview: PreviewRow[] = [];
  const entries = [];

  for (const [index, { number, cells }] of table.rows.entries()) {
    await breatheEvery(index);
    const problem = (name: string, message: string) =>
      problems.push({ row: number, column: name, message });
    const dateText = cellOf(cells, "full_date");
    const timeText = cellOf(cells, "time");
    const time = readTime(timeText);
    if (!isIsoDate(dateText)) {
      problem("full_date", `“${dateText}” is not a date written year-month-day (2026-03-01)`);
    } else if (dateRangeProblem(dateText)) {
      problem("full_date", `${dateText} ${dateRangeProblem(dateText)}`);
    }
    if (!time) problem("time", `“${timeText}” is not a time like 20:30 or 8:30 pm`);
    const mood = tagNames(cellOf(cells, "mood"), /\n/);
    const activities = tagNames(cellOf(cells, "activities"), ACTIVITY_SEPARATOR);
    if (mood.tooLong) problem("mood", TAG_TOO_LONG(mood.tooLong));
    if (activities.tooLong) problem("activities", TAG_TOO_LONG(activities.tooLong));
    if (!time || !isIsoDate(dateText)) continue;
    const note = [cellOf(cells, "note_title"), cellOf(cells, "note")].filter(Boolean).join("\n");
    entries.push({
      number,
      slot: slotAt({ date: dateText, time, timeZone }),
      time,
      mood,
      activities,
      note,
    });
  }

  // Several entries on one day share the day's note; each then starts with its time.
  const notesPerDay = new Map<string, number>();
  for (const entry of entries) {
    if (entry.note) {
      const date = entry.slot.localDate;
      notesPerDay.set(date, (notesPerDay.get(date) ?? 0) + 1);
    }
  }
  // Daylio lists the newest entry first; a day's notes read in the order they were written.
  // ISO instants in one format sort by their characters; localeCompare's collation took seconds
  // for 45,000 entries, with no other request let in.
  const byMoment = [...entries].sort((a, b) =>
    a.slot.occurredAt < b.slot.occurredAt ? -1 : a.slot.occurredAt > b.slot.occurredAt ? 1 : 0,
  );
  for (const [index, { slot, time, note }] of byMoment.entries()) {
    await breatheEvery(index);
    if (!note) continue;
    const several = (notesPerDay.get(slot.localDate) ?? 0) > 1;
    draft.addDayNote(slot.localDate, several ? `${timeLabel(time)} ${note}` : note);
  }
  for (const [index, { number, slot, time, mood, activities, note }] of entries.entries()) {
    await breatheEvery(index);
    const { localDate, partOfDay } = slot;
    draft.addDayTags(localDate, "EMOTION", mood.names, partOfDay);
    draft.addDayTags(localDate, "CONTEXT", activities.names, partOfDay);
    preview.push({
      row: number,
      date: localDate,
      partOfDay,
      time: timeLabel(time),
      pain: null,
      becomes: "check-in",
      tags: [
        ...mood.names.map((name) => ({ kind: "EMOTION" as const, name })),
        ...activities.names.map((name) => ({ kind: "CONTEXT" as const, name })),
      ],
      note: note || null,
    });
  }
  for (const date of draft.daysWithLongNotes(NOTE_MAX)) {
    const first = entries.find((entry) => entry.slot.localDate === date);
    problems.push({
      row: first?.number ?? 0,
      column: "note",
      message: `the notes of ${date} together are longer than ${NOTE_MAX} characters, the most a day's note can be`,
    });
  }
  for (const { date, count } of draft.daysWithManyTags(MAX_TAGS)) {
    const first = entries.find((entry) => entry.slot.localDate === date);
    problems.push({
      row: first?.number ?? 0,
      column: "activities",
      message: TOO_MANY_TAGS(date, count),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (entries.length === 0) {
    return { ok: false, problems: [{ row: 0, column: null, message: "The file has no entries." }] };
  }
  return { ok: true, document: draft.toDocument(), preview, rowCount: table.rows.length };
}
