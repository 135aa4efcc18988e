import Link from "next/link";
import { journalDayHref } from "@/components/calendar/day-link";
import { formatLongDate } from "@/lib/journal/format/dates";
import type { TagKind } from "@/lib/journal/vocabulary/terms";
import type { SearchMatchDTO, SearchResultDTO } from "@/lib/search/types";

const TAG_KIND_NAMES: Record<TagKind, string> = {
  PERSON: "Person",
  CONTEXT: "Place or activity",
  EMOTION: "Feeling",
};

const KIND_NAMES = {
  note: "Note",
  relief: "What you did",
  medication: "Medication",
  "life-event": "Life event",
  reflection: "Reflection",
  experiment: "Experiment",
} as const;

function kindName(match: SearchMatchDTO): string {
  return match.kind === "tag" ? TAG_KIND_NAMES[match.tagKind ?? "CONTEXT"] : KIND_NAMES[match.kind];
}

/** The days found, newest first: each opens the day, and shows what matched in a short excerpt. */
export function SearchResults({ query, result }: { query: string; result: SearchResultDTO }) {
  const { days, searchedFrom, nextBefore } = result;
  const older = nextBefore
    ? `/journal/find?${new URLSearchParams({ q: query, before: nextBefore })}`
    : null;
  const span = searchedFrom ? ` from ${formatLongDate(searchedFrom)} on` : "";
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p role="status">
        {days.length === 0
          ? `Nothing in your journal${span} matches “${query}”.`
          : `${days.length} ${days.length === 1 ? "day" : "days"}${span} ${days.length === 1 ? "matches" : "match"} “${query}”.`}
      </p>
      {days.length === 0 && !older ? (
        <p className="muted">
          Try part of a word (&ldquo;physio&rdquo; finds &ldquo;physiotherapist&rdquo;) or another
          spelling of a name.
        </p>
      ) : null}
      <ol className="search-results">
        {days.map((day) => (
          <li key={day.date}>
            <article className="card" aria-labelledby={`found-${day.date}`}>
              <h3 id={`found-${day.date}`} className="search-results__day">
                <Link href={journalDayHref(day.date)}>{formatLongDate(day.date)}</Link>
              </h3>
              <ul className="search-results__matches">
                {day.matches.map((match, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a day's matches never reorder
                  <li key={index}>
                    <span className="search-results__kind">{kindName(match)}: </span>
                    {match.excerpt.before}
                    <mark>{match.excerpt.match}</mark>
                    {match.excerpt.after}
                    {match.href ? (
                      <>
                        {" "}
                        <Link href={match.href} className="search-results__more">
                          Open the {kindName(match).toLowerCase()}
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ol>
      {older ? (
        <p>
          <Link href={older} className="button button--secondary">
            Search older entries
          </Link>
        </p>
      ) : null}
    </section>
  );
}
