import type { Page } from "@playwright/test";
import { createAccount, expect, expectNoAxeViolations, newClientPage, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";

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

const ORDER = "ABBABAABABBAABBABAABABBAABBA";
const isOnNight = (night: number) => ORDER[Math.floor(night / 2)] === "A";

/**
 * An experiment started 40 nights before `today` (14 pairs of 2-night blocks), with the one-tap
 * answers and the next mornings' ratings of those 40 nights: about 3 after "on" nights, about 6
 * after "off" ones. Imported as a backup would be: the server has no clock to move, so the past
 * is brought in and the rest happens in the app as it would tonight.
 */
function runningExperimentFile(today: string) {
  const start = addDays(today, -40);
  const checkIns = [];
  const nights = [];
  for (let night = 0; night < 40; night++) {
    const intensity = (isOnNight(night) ? 3 : 6) + (night % 3 === 0 ? 1 : 0);
    checkIns.push({ date: addDays(start, night + 1), pain: [{ partOfDay: "MORNING", intensity }] });
    nights.push({ date: addDays(start, night), isDone: isOnNight(night) && night % 4 !== 0 });
  }
  const document = {
    format: "backstory-export",
    schemaVersion: 1,
    checkIns,
    experiments: [
      {
        rule: "Evening cat-cow, 5 minutes",
        outcome: "MORNING",
        startDate: start,
        blockDays: 2,
        blockOrder: ORDER,
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

test("a running experiment: tonight's plan, no result while it runs, stopped after 10 pairs with a verdict that says so", async ({
  page,
}) => {
  const account = await createAccount(page);
  const today = await new CheckInPage(page).dateInput.inputValue();
  await page.goto("/settings");
  const importForm = page.getByRole("form", { name: "Import a JSON export" });
  await importForm.getByLabel("JSON file").setInputFiles(runningExperimentFile(today));
  await importForm.getByLabel("Your password").fill(account.password);
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("row", { name: /^Personal experiments/ })).toContainText("1");

  // Tonight is night 41 of 56: the card says whether it is on, and one tap records it.
  await page.goto("/tonight");
  const tonightIsOn = isOnNight(40);
  const card = page.getByRole("region", {
    name: `Experiment: tonight is ${tonightIsOn ? "“on”" : "“off”"}`,
  });
  await expect(card.getByText("(night 41 of 56)")).toBeVisible();
  await card.getByRole("button", { name: tonightIsOn ? "I did it" : "I left it out" }).click();
  await expect(card.getByRole("status")).toHaveText(
    tonightIsOn ? "Noted: you did it tonight." : "Noted: you skipped it tonight.",
  );

  // While it runs: progress and the plan fixed before the first night, and no result.
  await card.getByRole("link", { name: "See the experiment" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Evening cat-cow, 5 minutes" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fixed before the first night" })).toBeVisible();
  await expect(page.getByText("next morning's pain, the day after").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Result/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  // Stopped tonight: the 10 complete pairs before tonight answer, and the result says so.
  await page.getByText("Stop it early").click();
  await page.getByRole("button", { name: "Stop the experiment" }).click();
  const result = page.getByRole("region", { name: "Result (stopped early)" });
  await expect(result).toBeVisible();
  await expect(
    result.getByText(
      /^It seems to help: after “on” nights your next morning's pain was lower, by about 3\.\d points\./,
    ),
  ).toBeVisible();
  // 10 pairs all lower after "on": 1 of the 1,024 orders is as low (p below 0.001).
  await expect(
    result.getByText(/over 10 pairs of blocks\. p = below 0\.001: the share of the 1,024 orders/),
  ).toBeVisible();
  await expect(
    result.getByText(
      /^Stopped early, on .*: this uses the 10 complete pairs of blocks before it, of 14 planned\./,
    ),
  ).toBeVisible();
  // Adherence: on-nights done except every 4th night; tonight's tap is after the stop.
  await expect(
    result.getByText(/^Done on \d+ of 20 “on” nights, and on 0 of 20 “off” nights/),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  await expectNoAxeViolations(page);
  await page.goto("/tonight");
  await expect(page.getByRole("region", { name: /^Experiment: tonight is/ })).toHaveCount(0);
});

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
  // The outcome starts on the one that 8 weeks can answer (docs/statistics.md).
  await expect(page.getByLabel("What should it change?")).toHaveValue("DAY");
  await expect(
    page.getByText(/^Recommended: the whole day averages several ratings/),
  ).toBeVisible();
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
  // The card does not push the four ratings off the first screen, above the save bar.
  const night = await new CheckInPage(page)
    .intensity("Night", 10)
    .locator("xpath=..")
    .boundingBox();
  const saveBar = await page.locator(".form-footer").boundingBox();
  expect((night?.y ?? 0) + (night?.height ?? 0)).toBeLessThanOrEqual(saveBar?.y ?? 0);
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
