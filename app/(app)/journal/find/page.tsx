import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { loadSearch } from "@/lib/search/loaders";

export const metadata: Metadata = { title: "Search the journal" };

export default async function FindPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const state = await loadSearch(await searchParams);
  return (
    <>
      <h1>Search the journal</h1>
      <p className="lead">
        Find a day by what you wrote or tagged. Only you can search your journal.
      </p>
      <SearchForm
        query={state.status === "form" ? "" : state.query}
        error={state.status === "invalid" ? state.message : undefined}
      />
      {state.status === "done" ? <SearchResults query={state.query} result={state.result} /> : null}
      <p>
        <Link href="/journal/calendar">Browse the calendar</Link> ·{" "}
        <Link href="/journal">Back to the journal</Link>
      </p>
    </>
  );
}
