import { expect, test } from "vitest";
import { aliasFor, aliasPeople } from "./aliases";

test("aliases run A to Z, then AA, AB", () => {
  expect(aliasFor(0)).toBe("Person A");
  expect(aliasFor(25)).toBe("Person Z");
  expect(aliasFor(26)).toBe("Person AA");
  expect(aliasFor(27)).toBe("Person AB");
});

test("people get aliases in a stable order; contexts and feelings keep their words", () => {
  const tags = [
    { id: "3", kind: "PERSON" as const, name: "Sam" },
    { id: "1", kind: "CONTEXT" as const, name: "at work" },
    { id: "2", kind: "PERSON" as const, name: "my manager" },
    { id: "4", kind: "EMOTION" as const, name: "anger" },
  ];
  expect(aliasPeople(tags, false).map((tag) => tag.name)).toEqual([
    "Person B",
    "at work",
    "Person A",
    "anger",
  ]);
  expect(aliasPeople(tags, true)).toEqual(tags);
});
