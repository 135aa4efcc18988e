import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** A new account's journal filled with the demo data (mornings worse, Alex, evening stretch). */
async function loadSampleJournal(page: Page) {
  await page.goto("/tonight");
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal/);
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test("prompts raised by the demo journal, an answer saved, then breathing with reduced motion", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await loadSampleJournal(page);

  await page.goto("/reflect");
  const mornings = page.getByRole("article", { name: "Mornings" });
  await expect(mornings).toContainText(
    "How do you feel about your work, or your relationship, as the day begins?",
  );
  await expect(mornings).toContainText(/Morning pain was .* higher than evening pain/);
  await expect(mornings).toContainText(/95% interval .*; \d+ vs \d+ days/);
  const check = mornings.getByRole("complementary", { name: "Also worth raising with a doctor" });
  await expect(check).toContainText("Morning stiffness that lasts more than 30 minutes");
  await expect(check).toContainText("before you were 40");

  const alex = page.getByRole("article", { name: "Around Alex" });
  await expect(alex).toContainText("Does it hurt more after talking with Alex?");
  await expect(alex).toContainText("Is there anger, frustration or another feeling about Alex");
  await expect(alex).toContainText(/Day pain with Alex was .* higher than without Alex/);
  await expect(alex).toContainText(/95% interval .*; \d+ vs \d+ days/);
  await expectNoAxeViolations(page);

  const answer = "Tense before our Monday meetings; I never say so.";
  await alex.getByLabel("Your answer").fill(answer);
  await alex.getByRole("button", { name: "Save reflection" }).click();

  await page.waitForURL(/\/reflect\/breathe/);
  await expect(
    page.getByRole("status").filter({ hasText: "Your reflection is saved" }),
  ).toBeVisible();
  const practice = page.locator(".breathing");
  await expect(practice).toHaveAttribute("data-motion", "still");
  await expect(page.locator(".pacer")).toHaveCount(0);
  await page.getByLabel("How long").selectOption("1");
  await page.getByRole("button", { name: "Start" }).click();
  const phase = practice.locator("[aria-live=polite]");
  await expect(phase).toHaveText("Breathe in");
  await expect(phase).toHaveText("Breathe out", { timeout: 8_000 });
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(phase).toHaveText("Paused");
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(phase).toHaveText(/Breathe (in|out)/);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Read it in your reflections" }).click();
  await page.waitForURL(/\/reflect\/history/);
  const saved = page.getByRole("article").filter({ hasText: answer });
  await expect(saved).toContainText("Does it hurt more after talking with Alex?");
  await saved.getByText("What raised this question then").click();
  await expect(saved).toContainText(/Day pain with Alex was/);
  await expectNoAxeViolations(page);

  // Answered this week: the prompt steps back, collapsed, but stays.
  await page.goto("/reflect");
  await expect(page.getByRole("article", { name: "Around Alex" })).toBeHidden();
  await expect(page.locator("summary").filter({ hasText: "Around Alex" })).toContainText(
    "answered this week",
  );
});

test("a life event shows on the Patterns trend chart, and the pages it changes are axe clean", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await loadSampleJournal(page);

  await page.goto("/reflect/onset");
  await page.getByLabel("This pain began on").fill(daysAgo(40));
  await page.getByRole("button", { name: "Save dates" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  const add = page.getByRole("region", { name: "Add a life event" });
  await add.getByLabel("Date").fill(daysAgo(30));
  await add.getByLabel("Kind of event").selectOption("WORK");
  await add.getByLabel("What happened").fill("Started a new job");
  await add.getByRole("button", { name: "Add event" }).click();
  await expect(add.getByText("Added “Started a new job”.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Around then" }).getByText("Started a new job"),
  ).toBeVisible();

  await page.goto("/patterns");
  const trend = page.getByRole("region", { name: "How is it going week by week?" });
  await expect(
    trend.getByRole("img", { name: /Life events marked: Started a new job/ }),
  ).toBeVisible();
  await expect(trend.getByRole("table", { name: "Life events marked on the chart" })).toContainText(
    "Started a new job",
  );

  await page.goto("/reflect/peg");
  for (const [question, value] of [
    ["how much did it hurt", "6"],
    ["enjoying life", "5"],
    ["everyday activities", "4"],
  ] as const) {
    await page
      .getByRole("group", { name: new RegExp(question) })
      .getByRole("radio", { name: value, exact: true })
      .check();
  }
  await page.getByRole("button", { name: "Save this week's answers" }).click();
  await expect(page.getByRole("table", { name: /Your weekly checks/ })).toContainText(
    "Baseline (your first)",
  );

  // The pages themselves are axe-checked per page in e2e/accessibility.spec.ts; here, with what
  // only this journey adds: a life event on the trend, the onset date and a PEG answer.
  for (const path of ["/patterns", "/reflect/onset", "/reflect/peg"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto("/safety");
  await expect(page.getByText("Backstory does not diagnose.")).toBeVisible();
});
