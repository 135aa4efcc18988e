import { fromDbDate, PARTS_OF_DAY } from "@/lib/time";
import type { Json } from "../schema";

/** Small pure helpers that turn database values into the JSON export's fields (../data.ts). */

export const iso = (value: Date) => value.toISOString();
// Prisma's JsonValue and zod's JSON type describe the same values with different array types.
export const json = (value: unknown) => value as Json;
export const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);
export const dateOrNull = (value: Date | null) => (value ? fromDbDate(value) : null);
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const partIndex = (part: string | null) =>
  part === null ? -1 : PARTS_OF_DAY.indexOf(part as (typeof PARTS_OF_DAY)[number]);

type TagUseRow = {
  checkInId: string | null;
  painEntryId: string | null;
  partOfDay: (typeof PARTS_OF_DAY)[number] | null;
  tag: { kind: "PERSON" | "CONTEXT" | "EMOTION"; name: string };
};

export function tagUsesOf(rows: TagUseRow[], nameOf: (value: string) => string) {
  return rows
    .map(({ tag, partOfDay }) => ({ kind: tag.kind, name: nameOf(tag.name), partOfDay }))
    .sort(
      (a, b) =>
        byText(a.kind, b.kind) ||
        byText(a.name, b.name) ||
        partIndex(a.partOfDay) - partIndex(b.partOfDay),
    );
}

export function groupBy<T>(rows: T[], key: (row: T) => string | null) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const value = key(row);
    if (value === null) continue;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}
