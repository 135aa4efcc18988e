import type { TagInfo } from "@/lib/patterns/types";

/** "Person A" … "Person Z", then "Person AA", "Person AB" … */
export function aliasFor(index: number): string {
  const letters = (n: number): string =>
    n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
  return `Person ${letters(index)}`;
}

/**
 * Replaces people's names with aliases, in a stable order (by name), unless the person chose to
 * show names. Contexts and emotions keep their words.
 */
export function aliasPeople(tags: readonly TagInfo[], showNames: boolean): TagInfo[] {
  if (showNames) return [...tags];
  const people = tags
    .filter((tag) => tag.kind === "PERSON")
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const aliases = new Map(people.map((tag, index) => [tag.id, aliasFor(index)]));
  return tags.map((tag) => ({ ...tag, name: aliases.get(tag.id) ?? tag.name }));
}
