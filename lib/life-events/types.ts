/** Plain data for pages and client components: strings and numbers, ISO dates, no Prisma rows. */

export const LIFE_EVENT_CATEGORIES = [
  "WORK",
  "RELATIONSHIP",
  "HEALTH",
  "LOSS",
  "MOVE",
  "OTHER",
] as const;
export type LifeEventCategory = (typeof LIFE_EVENT_CATEGORIES)[number];

export const LIFE_EVENT_CATEGORY_LABELS: Record<LifeEventCategory, string> = {
  WORK: "Work",
  RELATIONSHIP: "Relationship",
  HEALTH: "Health",
  LOSS: "A loss",
  MOVE: "A move",
  OTHER: "Something else",
};

/** A life event with its private note: only for the person's own pages. */
export type LifeEventDTO = {
  id: string;
  date: string;
  title: string;
  category: LifeEventCategory;
  note: string | null;
  /** Bumped by every change; an edit must name the version it changed. */
  version: number;
};

/** What a chart or another page may show of a life event: never the note. */
export type LifeEventMarker = { date: string; title: string; category: LifeEventCategory };

/** When this pain began, and when the current flare began (local dates), if the person said. */
export type OnsetDates = { painBeganOn: string | null; flareBeganOn: string | null };

/** The onset dates as the person's own form edits them. */
export type OnsetDTO = OnsetDates & {
  /** Bumped by every save of the two dates. */
  version: number;
};
