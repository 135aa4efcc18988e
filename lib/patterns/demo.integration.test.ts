import { expect, test } from "vitest";
import { generateDemoJournal } from "@/lib/journal/demo/generator/demo-journal";
import { insertDemoJournal } from "@/lib/journal/demo/mutations";
import { addDays } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import { analysePatterns } from "./analysis/analysis";
import { withPreviousLook } from "./analysis/window";
import { listDayRecords, listPatternSubjects } from "./data";
import type { Comparison } from "./types";

const found = (comparisons: Comparison[], predicate: (comparison: Comparison) => boolean) =>
  comparisons.find((comparison) => predicate(comparison) && comparison.status === "found");

test("the demo journal's three planted patterns and no other are found, from SQL to verdict", async () => {
  const user = await createTestUser({ timeZone: "America/New_York" });
  const endDate = "2026-11-20";
  await insertDemoJournal({
    userId: user.id,
    journal: generateDemoJournal({ endDate, timeZone: "America/New_York" }),
  });
  const range = { from: addDays(endDate, -83), to: endDate };
  const days = await listDayRecords({ userId: user.id, ...withPreviousLook(range) });
  const subjects = await listPatternSubjects({ userId: user.id });
  const { comparisons } = analysePatterns({ days, range, ...subjects });
  const alex = subjects.tags.find((tag) => tag.name === "Alex");
  const childsPose = subjects.reliefs.find((relief) => relief.name.toLowerCase().includes("child"));

  const mornings = found(comparisons, (c) => c.key === "part:MORNING-vs-EVENING");
  expect(mornings && mornings.status === "found" && mornings.difference).toBeGreaterThan(1);
  const withAlex = found(comparisons, (c) => c.key === `tag:${alex?.id}`);
  expect(withAlex && withAlex.status === "found" && withAlex.difference).toBeGreaterThan(0.5);
  const afterStretch = found(comparisons, (c) => c.key === `relief:${childsPose?.id}:next-morning`);
  expect(afterStretch && afterStretch.status === "found" && afterStretch.difference).toBeLessThan(
    -0.5,
  );
  const planted = [withAlex?.key, afterStretch?.key];
  const others = comparisons.filter(
    (c) => c.status === "found" && c.kind !== "partOfDay" && !planted.includes(c.key),
  );
  expect(others.map((c) => c.key)).toEqual([]);
});
