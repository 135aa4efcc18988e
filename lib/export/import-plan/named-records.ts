import type { ExportDocument } from "../schema";
import type { ImportCount } from "../types";
import { tagKey } from "./keys";
import type { ExistingRecords } from "./plan";

/**
 * The named records of an import (tags, relief items, medications): matched by name to the
 * account's own, so that references in the file land on the right ids.
 */

const at = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/**
 * Finds a name among the account's: the exact name first, then any case (the journal treats
 * "Sam" and "sam" as one person and keeps the first spelling).
 */
function nameMatcher<T extends { id: string; name: string }>(
  rows: T[],
  groupOf: (row: T) => string,
) {
  const exact = new Map<string, string>();
  const anyCase = new Map<string, string>();
  for (const row of rows) {
    exact.set(`${groupOf(row)}\u0000${row.name}`, row.id);
    const key = `${groupOf(row)}\u0000${row.name.toLowerCase()}`;
    if (!anyCase.has(key)) anyCase.set(key, row.id);
  }
  return (group: string, name: string) =>
    exact.get(`${group}\u0000${name}`) ?? anyCase.get(`${group}\u0000${name.toLowerCase()}`);
}

type PlanInput = {
  userId: string;
  document: ExportDocument;
  existing: ExistingRecords;
  newId: () => string;
  count: ImportCount;
};

/** Tags by kind and name; `ids` maps the file's (kind, name) to this account's tag ids. */
export function planTags({ userId, document, existing, newId, count }: PlanInput) {
  const findExisting = nameMatcher(existing.tags, (tag) => tag.kind);
  const ids = new Map<string, string>();
  const rows = [];
  // A file may spell one name two ways (an old journal could): the account holds one tag per
  // name in any case (its blind index is unique), so the second spelling lands on the first.
  const planned = new Map<string, string>();
  for (const tag of document.tags) {
    const anyCase = `${tag.kind}\u0000${tag.name.toLowerCase()}`;
    const found = findExisting(tag.kind, tag.name) ?? planned.get(anyCase);
    const id = found ?? newId();
    ids.set(tagKey(tag.kind, tag.name), id);
    if (found) count.alreadyPresent++;
    else {
      planned.set(anyCase, id);
      rows.push({ ...tag, id, userId, createdAt: at(tag.createdAt) });
    }
  }
  count.imported = rows.length;
  return { ids, rows };
}

/** Relief items by builtinKey, then by name; `ids` maps the file's names to this account's ids. */
export function planReliefItems({ userId, document, existing, newId, count }: PlanInput) {
  const byKey = new Map(
    existing.reliefItems.flatMap((item) => (item.builtinKey ? [[item.builtinKey, item.id]] : [])),
  );
  const findByName = nameMatcher(existing.reliefItems, () => "");
  const ids = new Map<string, string>();
  const rows = [];
  for (const item of document.reliefItems) {
    const found =
      (item.builtinKey ? byKey.get(item.builtinKey) : undefined) ?? findByName("", item.name);
    const id = found ?? newId();
    ids.set(item.name, id);
    if (found) count.alreadyPresent++;
    else rows.push({ ...item, id, userId, createdAt: at(item.createdAt) });
  }
  count.imported = rows.length;
  return { ids, rows };
}

/**
 * Medications by name in any case (the account holds one per name); `ids` maps the file's names
 * to this account's ids. One already in the account keeps its usual dose and archive state.
 */
export function planMedications({ userId, document, existing, newId, count }: PlanInput) {
  const findExisting = nameMatcher(existing.medications, () => "");
  const ids = new Map<string, string>();
  const rows = [];
  for (const item of document.medications) {
    const found = findExisting("", item.name);
    const id = found ?? newId();
    ids.set(item.name, id);
    if (found) count.alreadyPresent++;
    else {
      rows.push({
        ...item,
        id,
        userId,
        archivedAt: item.archivedAt === null ? null : new Date(item.archivedAt),
        createdAt: at(item.createdAt),
      });
    }
  }
  count.imported = rows.length;
  return { ids, rows };
}
