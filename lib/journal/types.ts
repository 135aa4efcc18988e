import type { FormState } from "@/lib/forms";
import type { DoseDTO, MedicationDTO } from "@/lib/medications/types";
import type { ReliefItemDTO } from "@/lib/relief/types";
import type { PartOfDay } from "@/lib/time";
import type { RedFlag } from "./vocabulary/red-flags";
import type { BodyArea, Helped, PainQuality, TagKind } from "./vocabulary/terms";

/** Plain data handed to pages and client components: strings, numbers, ISO dates, no Prisma rows. */

export type PartRating = { intensity: number; areas: BodyArea[]; qualities: PainQuality[] };

export type TagDTO = { id: string; kind: TagKind; name: string };

/** A tag as used on a day: for the whole day (partOfDay null) or one part of it. */
export type DayTagDTO = { kind: TagKind; name: string; partOfDay: PartOfDay | null };

/** A suggestion for the tag pickers: most recently, then most often used first. */
export type TagSuggestionDTO = TagDTO & { lastUsed: string | null; uses: number };

export type ReliefUseDTO = {
  itemId: string;
  builtinKey: string | null;
  name: string;
  minutes: number | null;
  helped: Helped | null;
  partOfDay: PartOfDay | null;
};

export type CheckInDTO = {
  id: string;
  date: string;
  parts: Partial<Record<PartOfDay, PartRating>>;
  stress: number | null;
  sleepQuality: number | null;
  /** Hours slept the night before this day. */
  sleepHours: number | null;
  sittingHours: number | null;
  note: string | null;
  redFlags: RedFlag[];
  tags: DayTagDTO[];
  relief: ReliefUseDTO[];
  medications: DoseDTO[];
  /** Bumped by every save; a save must name the version it edited. */
  version: number;
  updatedAt: string;
};

export type QuickLogDTO = {
  id: string;
  /** ISO instant (UTC). */
  occurredAt: string;
  localDate: string;
  partOfDay: PartOfDay;
  intensity: number;
  areas: BodyArea[];
  tags: { kind: TagKind; name: string }[];
  medications: DoseDTO[];
};

/**
 * What "same as last night" copies: the most recent earlier check-in's tags, relief and doses
 * (only of medications still in use).
 */
export type PreviousCheckInDTO = {
  date: string;
  tags: DayTagDTO[];
  relief: ReliefUseDTO[];
  medications: DoseDTO[];
};

/** Everything the nightly check-in form needs for one date. */
export type CheckInFormDataDTO = {
  date: string;
  checkIn: CheckInDTO | null;
  previous: PreviousCheckInDTO | null;
  quickLogs: QuickLogDTO[];
  tagSuggestions: TagSuggestionDTO[];
  reliefItems: ReliefItemDTO[];
  /** The person's medications in use (not archived), for the medications section. */
  medications: MedicationDTO[];
  /** Dates with a check-in near this one, so the form can say "that day already has one". */
  checkInDates: string[];
  isJournalEmpty: boolean;
};

export type JournalDayDTO = { date: string; checkIn: CheckInDTO | null; quickLogs: QuickLogDTO[] };

export type JournalPageDTO = {
  days: JournalDayDTO[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
  tags: TagDTO[];
};

export type QuickLogFormDataDTO = {
  tagSuggestions: TagSuggestionDTO[];
  recent: QuickLogDTO[];
  medications: MedicationDTO[];
};

/** What the check-in action returns: field errors keyed by path, e.g. "parts.MORNING.intensity". */
export type CheckInFormState = Omit<FormState, "conflict" | "version"> & {
  savedDate?: string;
  /** The saved check-in's version: the next save from this form edits it. */
  version?: number;
  hasUrgentRedFlag?: boolean;
  /** It changed elsewhere since the form opened: what is stored now (null: it was deleted). */
  conflict?: { current: CheckInDTO | null };
};

export type QuickLogFormState = FormState & { saved?: QuickLogDTO };
