import { SPREAD_ALLOWANCE } from "../stats/regressor-test";
import {
  FAMILY_LEVELS,
  MIN_DAYS_PER_SIDE,
  MIN_PAIRED_DAYS,
  YOUNG_FAMILY_LEVELS,
  YOUNG_JOURNAL_DAYS,
} from "../types";

const percentOf = (level: number) => `${Math.round(level * 1000) / 10}%`;

/** How patterns are found, in plain words: what the Patterns page and the summary say first. */
export const METHOD_PLAIN =
  "Each comparison sets days with something against days without it, and shows how many days " +
  "are on each side, the difference in pain and a range that the real difference probably lies " +
  "in. Pain carries over from one day to the next and things come in runs (a week of visits, a " +
  "week of a medicine), so the comparisons allow for that, and relief is compared on the next " +
  "morning against days that hurt as much. Sleep, stress and sitting are compared the same way. " +
  "Because you look every week, a pattern about people, places, feelings, relief, sleep, stress " +
  "or weekdays has to be clear now and have been clear a week ago too. " +
  `Below ${MIN_DAYS_PER_SIDE} days on a side nothing is compared. A pattern is something to ` +
  "reflect on: it shows what went together in your records, not what causes your pain.";

/** The technical names behind METHOD_PLAIN, for "How this is worked out". */
export const METHOD_TECHNICAL: readonly { term: string; text: string }[] = [
  {
    term: "Parts of the day",
    text:
      "Paired by day (the day's own level cancels): Hodges–Lehmann estimate, Wilcoxon " +
      "signed-rank test with ties corrected, and the 95% interval that inverts it. Needs " +
      `${MIN_PAIRED_DAYS} days with both parts rated.`,
  },
  {
    term: "People, places, feelings, weekends",
    text:
      "Day pain regressed on the day having it by generalised least squares, with errors that " +
      "are an AR(1) day level over calendar days (gaps allowed) plus each day's own rating " +
      "noise, smaller on days with more ratings (a Kalman filter whitens them); the " +
      "correlation ρ and the noise share are averaged over a grid with weights from their " +
      "restricted likelihood (REML), adding the spread between grid points to the variance; a " +
      `t reference with n − 2 degrees of freedom; and t divided by max(1, s / ${SPREAD_ALLOWANCE}), where s ` +
      "is the root mean square of t with the tag circularly shifted by a week or more.",
  },
  {
    term: "Relief",
    text:
      "The next morning's pain regressed on the relief done the day before and on that day's own " +
      "pain (relief is often taken on bad days), with the same errors and shift check.",
  },
  {
    term: "Sleep, stress and sitting",
    text:
      "Days after a night under 6 hours, days with stress 7 or more (also the next day, " +
      "adjusted for that day's pain) and days sitting 8 hours or more, against the rest — or " +
      "the person's own quarter when the fixed cut leaves fewer than " +
      `${MIN_DAYS_PER_SIDE} days on a side — tested as people are, as their own family.`,
  },
  {
    term: "Many comparisons at once",
    text:
      "Benjamini–Hochberg false-discovery control within each family, so a near-certain finding " +
      "in one never loosens another: parts of the day " +
      `${percentOf(FAMILY_LEVELS.partOfDay)}; people, places and feelings ` +
      `${percentOf(FAMILY_LEVELS.subjects)}; relief ${percentOf(FAMILY_LEVELS.relief)}; weekdays ` +
      `${percentOf(FAMILY_LEVELS.weekday)}; sleep, stress and sitting ` +
      `${percentOf(FAMILY_LEVELS.dayFactor)}. In a journal's first ${YOUNG_JOURNAL_DAYS / 7} ` +
      "weeks, when few weekly looks lie behind it, people, places and feelings " +
      `${percentOf(YOUNG_FAMILY_LEVELS.subjects)}, relief ${percentOf(YOUNG_FAMILY_LEVELS.relief)}, ` +
      `weekdays ${percentOf(YOUNG_FAMILY_LEVELS.weekday)}, sleep, stress and sitting ` +
      `${percentOf(YOUNG_FAMILY_LEVELS.dayFactor)} (spending more of the year's error budget ` +
      "early, when the first patterns matter most).",
  },
  {
    term: "Weekly looks",
    text:
      "A pattern is called found only when it also passed, in the same direction, at the " +
      "previous weekly look (the same window ending a week earlier). When the interval reaches " +
      "below half the estimate, the page says the real size could be smaller: patterns found " +
      "with little data tend to look bigger than they are.",
  },
];
