import type { TagKind } from "@/lib/journal/vocabulary/terms";
import type { Excerpt } from "./matching/text";

export type SearchMatchKind =
  | "note"
  | "tag"
  | "relief"
  | "medication"
  | "life-event"
  | "reflection"
  | "experiment";

/** One thing on a day that matched, with the matched words apart for highlighting. */
export type SearchMatchDTO = {
  kind: SearchMatchKind;
  /** The tag's kind, for tag matches. */
  tagKind?: TagKind;
  /** Where the match can be read in full, when that is not the day's journal view. */
  href?: string;
  excerpt: Excerpt;
};

export type SearchDayDTO = { date: string; matches: SearchMatchDTO[] };

export type SearchResultDTO = {
  days: SearchDayDTO[];
  /** The oldest date searched this time, or null when the search reached the first entry. */
  searchedFrom: string | null;
  /** Continue with `before` = this date to search older entries; null when there are none. */
  nextBefore: string | null;
  /** How many stored texts were decrypted and compared (notes, life events, reflections, names, rules). */
  textsRead: number;
};
