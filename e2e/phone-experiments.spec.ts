import type { Page } from "@playwright/test";
import { createAccount, expect, expectNoAxeViolations, newClientPage, test } from "./fixtures";

// A personal experiment from start to result, at phone width (390 px, in the phone project).
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A past experiment (14 pairs of 2-night blocks, from 5 January 2026) and the check-ins of the
 * mornings after its nights: about 3 after "on" nights, about 6 after "off" nights. Imported as
 * a backup file would be, so the result exists at once.
 */
function finishedExperimentFile() {
  const start = "2026-01-05";
  const blockOrder = "ABBABAABABBAABBABAABABBAABBA";
  const checkIns = [];
  const nights = [];
  for (let night = 0; night < 56; night++) {
    const isOn = blockOrder[Math.floor(night / 2)] === "A";
    const intensity = (isOn ? 3 : 6) + (night % 3 === 0 ? 1 : 0);
    checkIns.push({
      date: addDays(start, night + 1),
      pain: [{ partOfDay: "MORNING", intensity }],
    });
    nights.push({ date: addDays(start, night), isDone: isOn && night % 5 !== 0 });
  }
  const document = {
    format: "backstory-export",
    schemaVersion: 1,
    checkIns,
    experiments: [
      {
        rule: "Evening child's pose, 5 minutes",
        outcome: "MORNING",
        startDate: start,
        blockDays: 2,
        blockOrder,
        nights,
      },
    ],
  };
  return {
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(document)),
  };
}

test("plan an experiment, see tonight's plan, record it with one tap, stop it early", async ({
  page,
  browser,
}) => {
  await createAccount(page);
  await page.goto("/more");
  await page.getByRole("link", { name: /Experiments/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Experiments" })).toBeVisible();
  await page.getByRole("link", { name: "Plan an experiment" }).click();

  // An empty rule is refused next to its field; what was chosen stays.
  await page.getByRole("radio", { name: "My own rule" }).check();
  await page.getByLabel("What should it change?").selectOption("DAY");
  await page.getByRole("button", { name: "Start the experiment" }).click();
  const rule = page.getByLabel("Your rule");
  await expect(page.getByText("Write your rule, e.g.")).toBeVisible();
  await expect(rule).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("What should it change?")).toHaveValue("DAY");
  await expect(page.getByLabel("Pairs of blocks")).toHaveValue("14");
  await expect(page.getByText("56 nights (8 weeks)")).toBeVisible();
  await expectNoSidewaysScroll(page);

  await rule.fill("No screens after 10");
  await page.getByRole("button", { name: "Start the experiment" }).click();
  await expect(page).toHaveURL(/\/experiments\/[0-9a-f-]{36}$/);
  const experimentUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "No screens after 10" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fixed before the first night" })).toBeVisible();
  await expect(page.getByText("next day's pain (the whole day), the day after")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Result/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  // Someone else opening its address gets the not-found page, as for an id that never existed.
  const other = await newClientPage(browser);
  await createAccount(other.page);
  const response = await other.page.goto(experimentUrl);
  expect(response?.status()).toBe(404);
  await expect(other.page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(other.page.getByText("No screens after 10")).toHaveCount(0);
  await other.context.close();

  // Tonight says whether tonight is on or off; one tap records it (a plain form).
  await page.goto("/tonight");
  const card = page.getByRole("region", { name: /^Experiment: tonight is/ });
  await expect(card).toBeVisible();
  await expect(card.getByText("(night 1 of 56)")).toBeVisible();
  const isOn = /“on”/.test((await card.getByRole("heading").textContent()) ?? "");
  await card.getByRole("button", { name: isOn ? "I did it" : "I did it anyway" }).click();
  await expect(card.getByText(/^Noted: you did it/)).toBeVisible();
  await expect(
    card.getByRole("button", { name: isOn ? "I did it" : "I did it anyway" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  // The experiment counts tonight once it is over; stopping early says so in the result.
  await page.goto(experimentUrl);
  await page.getByText("Stop it early").click();
  await page.getByRole("button", { name: "Stop the experiment" }).click();
  await expect(page.getByRole("heading", { name: "Result (stopped early)" })).toBeVisible();
  await expect(page.getByText(/^Too little to tell: 0 complete pairs/)).toBeVisible();
  await expect(page.getByText(/^Stopped early, on /)).toBeVisible();
  await page.goto("/tonight");
  await expect(page.getByRole("region", { name: /^Experiment: tonight is/ })).toHaveCount(0);
});

test("a finished experiment shows its result with its caveats, and can be shared", async ({
  page,
  browserName,
}) => {
  expect(browserName).toBe("chromium");
  const account = await createAccount(page);
  await page.goto("/settings");
  const importForm = page.getByRole("form", { name: "Import a JSON export" });
  await importForm.getByLabel("JSON file").setInputFiles(finishedExperimentFile());
  await importForm.getByLabel("Your password").fill(account.password);
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("row", { name: /^Personal experiments/ })).toContainText("1");

  await page.goto("/experiments");
  await page.getByRole("link", { name: /Evening child's pose/ }).click();
  await expect(page.getByRole("heading", { name: "Result", exact: true })).toBeVisible();
  await expect(
    page.getByText(
      /^It seems to help: after “on” nights your next morning's pain was lower, by about 3\.1 points\./,
    ),
  ).toBeVisible();
  // 14 pairs all lower on "on": only the observed order of the 16,384 is as low.
  await expect(page.getByText(/over 14 pairs of blocks\. p = below 0\.001/)).toBeVisible();
  // The result repeats the adherence that Progress shows.
  await expect(
    page
      .getByRole("region", { name: "Result" })
      .getByText(/^Done on 21 of 28 “on” nights, and on 0 of 28 “off” nights/),
  ).toBeVisible();
  await expect(page.getByText(/^You knew which nights were “on”/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  await expectNoAxeViolations(page);

  await page.goto("/share?from=2026-01-01&to=2026-03-31&includeExperiments=1");
  const preview = page.locator(".preview");
  await expect(
    preview.getByRole("heading", { name: "Personal experiments (included by the patient)" }),
  ).toBeVisible();
  await expect(preview.getByText(/^It seems to help/)).toBeVisible();
});
