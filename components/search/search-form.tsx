import { QUERY_MAX } from "@/lib/search/schema";

/**
 * The search box: a plain GET form, so results are a page of their own (the back button returns
 * to them from a day) and it works before any script loads.
 */
export function SearchForm({ query, error }: { query: string; error?: string }) {
  const describedBy = error ? "search-hint search-error" : "search-hint";
  return (
    <search>
      <form method="get" action="/journal/find" className="card search-form">
        <div className="field">
          <label htmlFor="search-q">Search your journal</label>
          <p id="search-hint" className="hint">
            Notes, people, places, feelings, what you did, medications, life events, reflections and
            your experiments’ rules. Capitals and accents don&rsquo;t matter.
          </p>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={QUERY_MAX * 2}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p id="search-error" className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
    </search>
  );
}
