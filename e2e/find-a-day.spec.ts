import { expect, type Page, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";

// Finding a day happens on a phone: 390 px wide, by touch.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Saves a check-in for the form's default date (tonight's) and returns that date. */
async function checkInTonight(page: Page, { morning, note }: { morning: number; note?: string }) {
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  const date = await checkIn.dateInput.inputValue();
  await checkIn.rate("Morning", morning);
  if (note) {
    await checkIn.openYourDay();
    await checkIn.note.fill(note);
  }
  await checkIn.save();
  return date;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("the calendar shows each day's pain and opens a day on tap", async ({ page, account }) => {
  expect(account.email).toContain("@");
  const date = await checkInTonight(page, { morning: 7 });
  const dayOfMonth = String(Number(date.slice(8)));

  await page.goto("/journal");
  await page.getByRole("link", { name: "Calendar" }).tap();
  await page.waitForURL(/\/journal\/calendar/);
  await page.goto(`/journal/calendar?month=${date.slice(0, 7)}`);
  const calendar = page.getByRole("table", { name: /^Day pain in / });
  await expect(calendar).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The day reads out its date, its number and its band; the number is visible, not only colour.
  const day = calendar.getByRole("link", {
    name: new RegExp(`^${dayOfMonth} .*: day pain 7 \\(severe\\)$`),
  });
  await expect(day).toBeVisible();
  await expect(day).toContainText("7");
  const box = await day.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
  await expect(page.getByRole("list", { name: "What the colours mean" })).toContainText(
    "severe (7–10)",
  );

  await day.tap();
  await page.waitForURL(new RegExp(`from=${date}&to=${date}`));
  const opened = page.getByRole("article");
  await expect(opened).toHaveCount(1);
  await expect(opened.getByRole("list", { name: "Pain by part of day" })).toContainText(
    "7 out of 10",
  );

  // The month before is empty: every day says so, and the keyboard opens one too.
  await page.goBack();
  await page.getByRole("navigation", { name: "Months" }).getByRole("link").first().tap();
  await expect(page.getByText(/^Nothing recorded in /)).toBeVisible();
  const previous = page.getByRole("table", { name: /^Day pain in / });
  await expect(previous.getByRole("link", { name: /day pain/ })).toHaveCount(0);
  const empty = previous.getByRole("link", { name: /^1 .*: no check-in$/ });
  await empty.focus();
  // Arrow keys move a day right and a week down: from the 1st to the 9th.
  await page.keyboard.press("ArrowRight");
  await expect(previous.getByRole("link", { name: /^2 / })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(previous.getByRole("link", { name: /^9 / })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(empty).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/from=\d{4}-\d\d-01&to=\d{4}-\d\d-01/);
  await expect(page.getByText(/^Nothing recorded on /)).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a check-in for that day" })).toBeVisible();
});

test("search finds a day by a word in its note and opens it", async ({ page, account }) => {
  expect(account.email).toContain("@");
  const date = await checkInTonight(page, {
    morning: 5,
    note: "Coffee with Zoë, then <b>two hours</b> at the desk.",
  });

  await page.goto("/journal");
  await page.getByRole("link", { name: "Search" }).tap();
  await page.waitForURL(/\/journal\/find$/);

  const results = page.getByRole("region", { name: "Results" }).getByRole("status");
  // An empty search says what to do, next to the box.
  await page.getByRole("button", { name: "Search" }).tap();
  const box = page.getByRole("searchbox", { name: "Search your journal" });
  await expect(box).toHaveAccessibleDescription(/Type a word, a name or a few letters/);
  await expect(box).toHaveAttribute("aria-invalid", "true");

  // Nothing found says so.
  await box.fill("physiotherapist");
  await page.getByRole("button", { name: "Search" }).tap();
  await expect(results).toHaveText("Nothing in your journal matches “physiotherapist”.");

  // Capitals and accents don't matter; the match is highlighted, the note's markup stays text.
  await box.fill("ZOE");
  await page.getByRole("button", { name: "Search" }).tap();
  await expect(results).toHaveText("1 day matches “ZOE”.");
  const result = page.getByRole("article");
  await expect(result.locator("mark")).toHaveText("Zoë");
  await expect(result).toContainText("<b>two hours</b>");
  await expect(result.locator("b")).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  await result.getByRole("link").first().tap();
  await page.waitForURL(new RegExp(`from=${date}&to=${date}`));
  await expect(
    page.getByRole("article").getByRole("list", { name: "Pain by part of day" }),
  ).toContainText("5 out of 10");
  // Back to the results, still there.
  await page.goBack();
  await expect(results).toHaveText("1 day matches “ZOE”.");
});
