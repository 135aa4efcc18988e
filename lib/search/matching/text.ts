/*
 * Matching as a person expects: capitals and accents do not matter ("zoe" finds "Zoë",
 * "EMOTION" finds "émotion"), compatibility forms fold ("ﬁ" is "fi"), "ß" is "ss". Pure
 * functions, so the rules are unit-tested apart from the database.
 */

/**
 * Text as it is compared. Folding a whole text gives the same characters as folding it one
 * character at a time (accents are dropped, so their order does not matter; the one lower-casing
 * that depends on context, Greek final sigma, is made plain sigma), which is what lets
 * `matchExcerpt` test a whole text first and map positions only for the few that match.
 */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ς/g, "σ")
    .replace(/ß/g, "ss")
    .replace(/\s/gu, " ");
}

/** A query folded for comparing: trimmed, runs of spaces made one. */
export function foldQuery(query: string): string {
  return fold(query.trim().replace(/\s+/gu, " "));
}

/**
 * Where `foldedQuery` first occurs in `text`, as a range of `text` itself (not of its folded
 * form, which can be longer or shorter), or null.
 */
export function findMatch(
  text: string,
  foldedQuery: string,
): { start: number; end: number } | null {
  if (foldedQuery === "") return null;
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = fold(character);
    // A character that folds to nothing (a combining accent) belongs to the one before it.
    if (piece === "" && ends.length > 0) ends[ends.length - 1] = index + character.length;
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(index);
      ends.push(index + character.length);
    }
    folded += piece;
    index += character.length;
  }
  const at = folded.indexOf(foldedQuery);
  if (at === -1) return null;
  return { start: starts[at] as number, end: ends[at + foldedQuery.length - 1] as number };
}

export type Excerpt = { before: string; match: string; after: string };

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 80;

/**
 * A short excerpt around a match: about 40 characters before and 80 after, cut at a space where
 * one is near, with "…" where the text goes on. Line breaks become spaces.
 */
export function excerptAround(text: string, { start, end }: { start: number; end: number }) {
  const flat = (part: string) => part.replace(/\s+/gu, " ");
  let from = Math.max(0, start - CONTEXT_BEFORE);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, end + CONTEXT_AFTER);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  return {
    before: (from > 0 ? "…" : "") + flat(text.slice(from, start)).trimStart(),
    match: flat(text.slice(start, end)),
    after: flat(text.slice(end, to)).trimEnd() + (to < text.length ? "…" : ""),
  } satisfies Excerpt;
}

/** The excerpt of the first match of `foldedQuery` in `text`, or null when it does not occur. */
export function matchExcerpt(text: string, foldedQuery: string): Excerpt | null {
  if (foldedQuery === "" || !fold(text).includes(foldedQuery)) return null;
  const range = findMatch(text, foldedQuery);
  return range ? excerptAround(text, range) : null;
}
