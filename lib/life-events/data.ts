import "server-only";
import { openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/time";
import type { LifeEventDTO, LifeEventMarker, OnsetDTO } from "./types";

const EVENT_SELECT = {
  id: true,
  date: true,
  title: true,
  category: true,
  note: true,
  version: true,
} as const;

type EventRow = {
  id: string;
  date: Date;
  title: string;
  category: LifeEventDTO["category"];
  note: string | null;
  version: number;
};

const titleOf = (userId: string, value: string) =>
  openText({ field: "LifeEvent.title", userId, value });

function toDTO(userId: string, row: EventRow): LifeEventDTO {
  return {
    ...row,
    date: fromDbDate(row.date),
    title: titleOf(userId, row.title),
    note: openOptional({ field: "LifeEvent.note", userId, value: row.note }),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Titles are encrypted, so events of one date are put in title order here, not in SQL.
const byDateThenTitle = (direction: 1 | -1) => (a: LifeEventMarker, b: LifeEventMarker) =>
  direction * byText(a.date, b.date) || byText(a.title, b.title);

/** Every life event of the person, newest first, with their private notes. */
export async function listLifeEvents({ userId }: { userId: string }): Promise<LifeEventDTO[]> {
  const rows = await getPrisma().lifeEvent.findMany({ where: { userId }, select: EVENT_SELECT });
  return rows.map((row) => toDTO(userId, row)).sort(byDateThenTitle(-1));
}

/** The person's life events from `from` to `to` (both included), oldest first, without notes. */
export async function listLifeEventMarkers({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<LifeEventMarker[]> {
  const rows = await getPrisma().lifeEvent.findMany({
    where: { userId, date: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: { date: true, title: true, category: true },
  });
  return rows
    .map((row) => ({ ...row, date: fromDbDate(row.date), title: titleOf(userId, row.title) }))
    .sort(byDateThenTitle(1));
}

/** One of the person's life events, or null when it does not exist or is someone else's. */
export async function getLifeEvent({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<LifeEventDTO | null> {
  const row = await getPrisma().lifeEvent.findFirst({
    where: { id, userId },
    select: EVENT_SELECT,
  });
  return row ? toDTO(userId, row) : null;
}

/** When the person's pain, and its current flare, began (null when not given). */
export async function getOnset({ userId }: { userId: string }): Promise<OnsetDTO> {
  const row = await getPrisma().user.findFirst({
    where: { id: userId },
    select: { painBeganOn: true, flareBeganOn: true, onsetVersion: true },
  });
  return {
    painBeganOn: row?.painBeganOn ? fromDbDate(row.painBeganOn) : null,
    flareBeganOn: row?.flareBeganOn ? fromDbDate(row.flareBeganOn) : null,
    version: row?.onsetVersion ?? 1,
  };
}
