import fc from "fast-check";
import { expect, test } from "vitest";
import { safeCallbackPath } from "./callback-url";

test.each([
  "/\\evil.test/x",
  "/\t/evil.test",
  "/\\\\evil.test",
  "//evil.test",
  "/\n/evil.test",
  "/\r\n/evil.test",
  "https://evil.test/tonight",
  "http:evil.test",
  "javascript:alert(1)",
  "evil.test",
  "",
  "/%09/evil.test/x",
  "%2F%2Fevil.test",
  "https:evil.test",
  "/%5Cevil.test",
  "/ /evil.test",
])("%j never leaves the site", (value) => {
  const path = safeCallbackPath(value);
  expect(new URL(path, "https://backstory.example").host).toBe("backstory.example");
});

test("paths on this site are kept, with their query", () => {
  expect(safeCallbackPath("/journal?tag=Sam")).toBe("/journal?tag=Sam");
  expect(safeCallbackPath("/settings")).toBe("/settings");
  expect(safeCallbackPath(undefined)).toBe("/tonight");
  expect(safeCallbackPath(["/settings"])).toBe("/tonight");
});

test("whatever the string, the result stays on this site", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), fc.string(), (tail, head) => {
      for (const value of [`/${tail}`, `${head}${tail}`, `/\\${tail}`]) {
        const resolved = new URL(safeCallbackPath(value), "https://backstory.example");
        expect(resolved.host).toBe("backstory.example");
      }
    }),
    { numRuns: 300 },
  );
  // fast-check's runs take a few seconds on a busy 2-core machine.
}, 30_000);
