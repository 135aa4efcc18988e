import { expect, test } from "vitest";
import { createMemo } from "./memo";

test("computes once per key and drops the least recently used past its capacity", async () => {
  const memo = createMemo<number>(2);
  let computed = 0;
  const value = (n: number) => async () => {
    computed++;
    return n;
  };
  expect(await memo.get("a", value(1))).toBe(1);
  expect(await memo.get("a", value(99))).toBe(1);
  expect(computed).toBe(1);
  await memo.get("b", value(2));
  await memo.get("a", value(99)); // "a" is now the most recent
  await memo.get("c", value(3)); // drops "b"
  expect(memo.size).toBe(2);
  expect(await memo.get("b", value(20))).toBe(20); // "b" was dropped: computed again
  // Adding "b" back dropped "a", now the least recently used; "c" is still there.
  expect(await memo.get("c", value(30))).toBe(3);
  expect(await memo.get("a", value(10))).toBe(10);
  expect(computed).toBe(5);
});
