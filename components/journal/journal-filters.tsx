import Link from "next/link";
import type { JournalFilters as Filters } from "@/lib/journal/schema";
import type { TagDTO } from "@/lib/journal/types";
import { TAG_KIND_LABELS, TAG_KINDS } from "@/lib/journal/vocabulary/terms";

/** Filters by date range and tag: a plain GET form, so filtered views are links too. */
export function JournalFilters({
  filters,
  tags,
  latestDate,
}: {
  filters: Filters;
  tags: TagDTO[];
  latestDate: string;
}) {
  const isFiltered = Boolean(filters.from || filters.to || filters.tag);
  return (
    <form method="get" action="/journal" className="card" aria-label="Filter the journal">
      <div className="filters">
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input
            id="filter-from"
            name="from"
            type="date"
            max={latestDate}
            defaultValue={filters.from}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" name="to" type="date" max={latestDate} defaultValue={filters.to} />
        </div>
        <div className="field">
          <label htmlFor="filter-tag">With tag</label>
          <select id="filter-tag" name="tag" defaultValue={filters.tag ?? ""}>
            <option value="">Any</option>
            {TAG_KINDS.map((kind) => {
              const ofKind = tags.filter((tag) => tag.kind === kind);
              return ofKind.length ? (
                <optgroup key={kind} label={TAG_KIND_LABELS[kind].label}>
                  {ofKind.map((tag) => (
                    <option key={tag.id} value={tag.id}>
                      {tag.name}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Show
        </button>
        {isFiltered ? <Link href="/journal">Clear filters</Link> : null}
      </div>
    </form>
  );
}
