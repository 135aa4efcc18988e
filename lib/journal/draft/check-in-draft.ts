import type { DoseDraft } from "@/lib/medications/schema";
import type { DoseDTO } from "@/lib/medications/types";
import { PARTS_OF_DAY } from "@/lib/time";
import type { CheckInDraft } from "../schema";
import type { CheckInDTO, DayTagDTO, PreviousCheckInDTO, ReliefUseDTO } from "../types";

/** The check-in form's state helpers: pure, so they are tested here and the form stays thin. */

export type ReliefDraft = CheckInDraft["relief"][number];
export type TagDraft = CheckInDraft["tags"][number];

const emptyPart = () => ({ intensity: null, areas: [], qualities: [] });

/** A blank check-in for a date: every part "don't remember", nothing ticked. */
export function emptyCheckInDraft(date: string): CheckInDraft {
  return {
    date,
    replacesDate: null,
    parts: {
      MORNING: emptyPart(),
      AFTERNOON: emptyPart(),
      EVENING: emptyPart(),
      NIGHT: emptyPart(),
    },
    stress: null,
    sleepQuality: null,
    sleepHours: "",
    sittingHours: "",
    note: "",
    redFlags: [],
    tags: [],
    relief: [],
    medications: [],
  };
}

function reliefDraftOf(use: ReliefUseDTO, { keepHelped }: { keepHelped: boolean }): ReliefDraft {
  return {
    itemId: use.itemId,
    name: use.name,
    minutes: use.minutes === null ? "" : String(use.minutes),
    helped: keepHelped ? use.helped : null,
    partOfDay: use.partOfDay,
  };
}

/** A dose as the form holds it: its amount as text, its time on the person's clock. */
export function doseDraftOf(dose: DoseDTO): DoseDraft {
  const { medicationId, name, unit, time, asNeeded } = dose;
  return { medicationId, name, dose: String(dose.dose), unit, time, asNeeded };
}

/** The form state for editing a saved check-in; saving again moves it if the date is changed. */
export function draftFromCheckIn(checkIn: CheckInDTO): CheckInDraft {
  const draft = emptyCheckInDraft(checkIn.date);
  for (const part of PARTS_OF_DAY) {
    const rating = checkIn.parts[part];
    if (rating) draft.parts[part] = { ...rating };
  }
  return {
    ...draft,
    replacesDate: checkIn.date,
    baseVersion: checkIn.version,
    stress: checkIn.stress,
    sleepQuality: checkIn.sleepQuality,
    sleepHours: checkIn.sleepHours === null ? "" : String(checkIn.sleepHours),
    sittingHours: checkIn.sittingHours === null ? "" : String(checkIn.sittingHours),
    note: checkIn.note ?? "",
    redFlags: [...checkIn.redFlags],
    tags: checkIn.tags.map((tag) => ({ ...tag })),
    relief: checkIn.relief.map((use) => reliefDraftOf(use, { keepHelped: true })),
    medications: checkIn.medications.map(doseDraftOf),
  };
}

const tagKey = (tag: Pick<DayTagDTO, "kind" | "name" | "partOfDay">) =>
  `${tag.kind}:${tag.name.trim().toLowerCase()}:${tag.partOfDay ?? "DAY"}`;

/** True when the list has a tag of this kind and name (any case), for any part of the day. */
export function hasTagNamed(
  tags: readonly Pick<TagDraft, "kind" | "name">[],
  tag: Pick<TagDraft, "kind" | "name">,
): boolean {
  const name = tag.name.trim().toLowerCase();
  return tags.some(
    (existing) => existing.kind === tag.kind && existing.name.trim().toLowerCase() === name,
  );
}

const reliefKey = (relief: Pick<ReliefDraft, "itemId" | "name">) =>
  relief.itemId ?? `new:${relief.name.trim().toLowerCase()}`;

/** True when the list already has this item (by id, or a new item by name in any case). */
export function hasRelief(
  relief: readonly Pick<ReliefDraft, "itemId" | "name">[],
  item: Pick<ReliefDraft, "itemId" | "name">,
) {
  return relief.some((existing) => reliefKey(existing) === reliefKey(item));
}

/**
 * "Same as last night": adds the previous check-in's tags, relief (minutes and part of day, not
 * whether it helped) and doses (amount, unit, time and "as needed") to what is already in the
 * form, without duplicates: a dose already there for the same medication at the same time stays
 * as it is.
 */
export function withPreviousTagsAndRelief(
  draft: CheckInDraft,
  previous: PreviousCheckInDTO,
): CheckInDraft {
  return {
    ...draft,
    tags: withMissing(draft.tags, previous.tags, tagKey),
    relief: withMissing(
      draft.relief,
      previous.relief.map((use) => reliefDraftOf(use, { keepHelped: false })),
      reliefKey,
    ),
    medications: withMissing(
      draft.medications ?? [],
      previous.medications.map(doseDraftOf),
      (dose) => `${dose.medicationId} ${dose.time}`,
    ),
  };
}

/** `list` and then each of `items` whose key is not yet in it (copied, never shared). */
function withMissing<T extends object>(
  list: readonly T[],
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  const keys = new Set(list.map(key));
  const result = [...list];
  for (const item of items) {
    if (!keys.has(key(item))) result.push({ ...item });
    keys.add(key(item));
  }
  return result;
}

/**
 * A random UUID v4 for a quick log's request id. `crypto.randomUUID` exists only in secure
 * contexts (HTTPS or localhost), and a self-hosted server is often reached over plain HTTP on
 * the LAN; `getRandomValues` works everywhere.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
