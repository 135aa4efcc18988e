/**
 * Caps checked on a parsed import before validation, so that a hostile or broken file is turned
 * away in milliseconds instead of keeping the server busy validating it (README "Your data").
 * A record is an object or a plain value in a list. A ten-year journal holds about 70,000
 * objects (and a few plain values in lists: 8 beside 71 objects in the test export), nested at
 * most about 10 deep.
 */
export const IMPORT_LIMITS = { maxObjects: 150_000, maxDepth: 24 } as const;

/**
 * A sentence saying why this value is too big or too deep to import, or null. Walks the value
 * without recursion (a deeply nested file cannot exhaust the stack) and stops at the first cap.
 * It also runs in the parsing worker (./parse-json.ts) from its source text, so it refers to
 * nothing outside itself but its arguments.
 */
export function importShapeProblem(
  value: unknown,
  limits: { maxObjects: number; maxDepth: number } = IMPORT_LIMITS,
): string | null {
  let objects = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== "object" || node === null) continue;
    if (depth > limits.maxDepth) {
      return `This file is nested more than ${limits.maxDepth} levels deep; a Backstory export never is.`;
    }
    objects += 1;
    if (objects > limits.maxObjects) {
      return `This file holds more than ${limits.maxObjects.toLocaleString("en")} records, more than one import takes.`;
    }
    const isList = Array.isArray(node);
    const children = isList ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        stack.push({ node: child, depth: depth + 1 });
      } else if (isList) {
        // A plain value in a list is a record too: 10 million zeros (20 MB) held no object,
        // passed the cap and then kept validation busy for 46 s.
        objects += 1;
      }
    }
    if (objects > limits.maxObjects) {
      return `This file holds more than ${limits.maxObjects.toLocaleString("en")} records, more than one import takes.`;
    }
  }
  return null;
}
