import { DEMO_PLANTED } from "@/lib/journal/demo/generator/demo-journal";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { reliefLibraryEntry } from "@/lib/relief/library/relief-library";
import type { PartOfDay } from "@/lib/time";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createSampleJournal } from "./sample-journal";

/**
 * The planted patterns of the sample journal (lib/journal/demo/generator/demo-journal.ts), as the page must word them:
 * time of day (the parts' offsets differ, so every part-of-day pair may show), one person and one
 * relief, each in the planted direction.
 */
function plantedPatterns() {
  const offset = DEMO_PLANTED.partOfDay;
  const partNames = Object.keys(offset) as PartOfDay[];
  const part = (name: PartOfDay) => PART_OF_DAY_LABELS[name].label;
  const way = (effect: number) => (effect > 0 ? "higher" : "lower");
  const person = DEMO_PLANTED.person;
  const relief = reliefLibraryEntry(DEMO_PLANTED.eveningStretch.builtinKey)?.name ?? "";
  return {
    /** "Morning pain was 2 points higher than evening pain", in the planted direction. */
    isTimeOfDayLine: (text: string) =>
      partNames.some((a) =>
        partNames.some((b) =>
          new RegExp(
            `^${part(a)} pain was [\\d.]+ points? ${way(offset[a] - offset[b])} than ${part(b).toLowerCase()} pain`,
          ).test(text),
        ),
      ),
    personLine: new RegExp(
      `^Day pain with ${person.name} was [\\d.]+ points? ${way(person.effect)}`,
    ),
    reliefLine: new RegExp(
      `^Pain the next morning after a day with ${relief} was [\\d.]+ points? ${way(DEMO_PLANTED.eveningStretch.effect)}`,
    ),
    personRow: `With vs without ${person.name}`,
    reliefRow: `Morning after a day with vs without ${relief}`,
    timeOfDayRow: `${part("MORNING")} vs ${part("EVENING").toLowerCase()}`,
  };
}

test("a new journal shows the not-enough-data state instead of numbers", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/patterns");
  await expect(
    page.getByText(/Not enough data yet for patterns: about 20 more days/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("on a phone, the sample journal's page opens with its planted patterns and nothing else", async ({
  page,
}) => {
  await createSampleJournal(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/patterns?window=12w");

  const planted = plantedPatterns();
  const standsOut = page.getByRole("region", { name: "What stands out" });
  const lines = standsOut.getByRole("listitem");
  await expect(lines).toHaveCount(3);
  const texts = await lines.allTextContents();
  expect(texts.filter(planted.isTimeOfDayLine), texts.join("\n")).toHaveLength(1);
  expect(
    texts.filter((text) => planted.personLine.test(text)),
    texts.join("\n"),
  ).toHaveLength(1);
  expect(
    texts.filter((text) => planted.reliefLine.test(text)),
    texts.join("\n"),
  ).toHaveLength(1);

  // Every comparison sits behind a disclosure; opened, only the planted ones are found.
  const found = page.getByRole("cell", { name: /^Pattern found/ });
  await expect(found).toHaveCount(0);
  for (const summary of await page.locator("summary", { hasText: "Show every comparison" }).all()) {
    await summary.click();
  }
  const foundRow = (group: string, row: string) =>
    page
      .getByRole("region", { name: group, exact: true })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: row, exact: true }) })
      .getByRole("cell", { name: /^Pattern found/ });
  await expect(foundRow("Time of day", planted.timeOfDayRow)).toHaveCount(1);
  await expect(foundRow("People", planted.personRow)).toHaveCount(1);
  await expect(foundRow("What you did about it", planted.reliefRow)).toHaveCount(1);
  const timeOfDayFound = await page
    .getByRole("region", { name: "Time of day", exact: true })
    .getByRole("cell", { name: /^Pattern found/ })
    .count();
  await expect(found).toHaveCount(timeOfDayFound + 2);

  // The forest plot says what is compared, with names whole.
  const person = DEMO_PLANTED.person.name;
  await expect(
    page.getByRole("img", { name: new RegExp(`With vs without ${person}: \\+`) }),
  ).toBeAttached();
  await expect(
    page.getByRole("rowheader", { name: `With vs without ${person}`, exact: true }),
  ).toBeVisible();

  const technicalTerms = page.locator(".method-terms dt");
  await expect(technicalTerms.first()).toBeHidden();
  await page.locator("summary", { hasText: "How this is worked out" }).click();
  await expect(technicalTerms.first()).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("the charts draw as they come into view, with their tables, and link to the weekly review", async ({
  page,
}) => {
  await createSampleJournal(page);
  await page.goto("/patterns?window=12w");
  const partsChart = page.getByRole("img", { name: /Pain by part of day\. Morning: median/ });
  await partsChart.scrollIntoViewIfNeeded();
  await expect(partsChart.locator("canvas")).toBeVisible();
  const trendChart = page.getByRole("img", { name: /Weekly mean day pain/ });
  await trendChart.scrollIntoViewIfNeeded();
  await expect(trendChart.locator("canvas")).toBeVisible();
  await page.getByText("The numbers by part of day").click();
  await expect(page.getByRole("table", { name: /Ratings by part of day/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Mean pain \(0–10\) by weekday/ })).toBeVisible();

  await page.getByRole("link", { name: "See this week’s review" }).click();
  await expect(page.getByRole("heading", { name: "Weekly review" })).toBeVisible();
  await expect(page.getByText(/not causes/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Day pain \(0–10\) per period/ })).toBeVisible();
});
