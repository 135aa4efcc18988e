import { expect, test } from "vitest";
import { QUERY_MAX, searchQuerySchema } from "./schema";

test("a query is trimmed; empty and overlong ones say what to change", () => {
  expect(searchQuerySchema.parse({ q: "  Zoë  " })).toEqual({ q: "Zoë", before: undefined });
  const empty = searchQuerySchema.safeParse({ q: "   " });
  expect(empty.error?.issues[0]?.message).toBe(
    "Type a word, a name or a few letters to search for.",
  );
  const long = searchQuerySchema.safeParse({ q: "a".repeat(QUERY_MAX + 1) });
  expect(long.error?.issues[0]?.message).toBe("Search for at most 100 characters at a time.");
  expect(searchQuerySchema.safeParse({ q: "a".repeat(QUERY_MAX) }).success).toBe(true);
});

test("a continuation date that is not a date is ignored, not an error", () => {
  expect(searchQuerySchema.parse({ q: "sam", before: "2026-02-30" })).toEqual({
    q: "sam",
    before: undefined,
  });
  expect(searchQuerySchema.parse({ q: "sam", before: "2026-02-28" }).before).toBe("2026-02-28");
});
