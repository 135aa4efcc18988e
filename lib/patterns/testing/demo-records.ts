import type { DemoJournal } from "@/lib/journal/demo/generator/demo-journal";
import type { PartOfDay } from "@/lib/time";
import { weekdayOf } from "@/lib/time";
import { median } from "../stats/rank-tests";
import type { DayRecord, ReliefInfo, TagInfo } from "../types";

/**
 * The day records that listDayRecords (SQL) makes of a demo journal, computed in memory so many
 * seeds can be analysed quickly: each part's median over its check-in rating and quick logs, the
 * day's mean over its parts, its tags and relief, and the check-in's day factors. Tags are
 * identified by kind and name, relief by its library key. demo.integration.test.ts checks the default seed through SQL.
 */
export function demoDayRecords(journal: DemoJournal): {
  days: DayRecord[];
  tags: TagInfo[];
  reliefs: ReliefInfo[];
} {
  const tags = new Map<string, TagInfo>();
  const reliefs = new Map<string, ReliefInfo>();
  const quickLogs = new Map<string, DemoJournal["quickLogs"]>();
  for (const log of journal.quickLogs)
    quickLogs.set(log.localDate, [...(quickLogs.get(log.localDate) ?? []), log]);
  const days = journal.checkIns.map((checkIn): DayRecord => {
    const ratings = new Map<PartOfDay, number[]>();
    const rate = (part: PartOfDay, value: number) =>
      ratings.set(part, [...(ratings.get(part) ?? []), value]);
    for (const entry of checkIn.painEntries) rate(entry.partOfDay, entry.intensity);
    const logs = quickLogs.get(checkIn.date) ?? [];
    for (const log of logs) rate(log.partOfDay, log.intensity);
    const parts = Object.fromEntries(
      [...ratings].map(([part, values]) => [part, median(values) ?? 0]),
    ) as Partial<Record<PartOfDay, number>>;
    const values = Object.values(parts);
    const tagIds = new Set<string>();
    for (const tag of [...checkIn.tags, ...logs.flatMap((log) => log.tags)]) {
      const id = `${tag.kind}:${tag.name}`;
      tags.set(id, { id, kind: tag.kind, name: tag.name });
      tagIds.add(id);
    }
    for (const relief of checkIn.relief)
      reliefs.set(relief.builtinKey, { id: relief.builtinKey, name: relief.builtinKey });
    return {
      date: checkIn.date,
      weekday: weekdayOf(checkIn.date),
      parts,
      dayPain: values.reduce((sum, value) => sum + value, 0) / values.length,
      tagIds: [...tagIds],
      reliefIds: [...new Set(checkIn.relief.map((relief) => relief.builtinKey))],
      factors: {
        stress: checkIn.stress,
        sleepHours: checkIn.sleepHours,
        sittingHours: checkIn.sittingHours,
      },
    };
  });
  return { days, tags: [...tags.values()], reliefs: [...reliefs.values()] };
}
