import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { searchJournal } from "./data";
import { searchQuerySchema } from "./schema";
import type { SearchResultDTO } from "./types";

export type SearchPageState =
  | { status: "form" }
  | { status: "invalid"; query: string; message: string }
  | { status: "done"; query: string; before: string | undefined; result: SearchResultDTO };

/**
 * The search page for the signed-in person (redirects to sign-in otherwise), from the URL's `q`
 * and `before`. No `q` at all shows the form; an empty or too long `q` says what to change.
 */
export const loadSearch = cache(
  async (params: Record<string, string | string[] | undefined>): Promise<SearchPageState> => {
    const user = await requireUser();
    const first = (value: string | string[] | undefined) =>
      Array.isArray(value) ? value[0] : value;
    const q = first(params.q);
    if (q === undefined) return { status: "form" };
    const parsed = searchQuerySchema.safeParse({ q, before: first(params.before) });
    if (!parsed.success) {
      return {
        status: "invalid",
        query: q.slice(0, 200),
        message: parsed.error.issues[0]?.message ?? "Type something to search for.",
      };
    }
    const { q: query, before } = parsed.data;
    const result = await searchJournal({ userId: user.id, timeZone: user.timeZone, query, before });
    return { status: "done", query, before, result };
  },
);
