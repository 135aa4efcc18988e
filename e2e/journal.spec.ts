import { createAccount, expect, expectNoAxeViolations, newAccount, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";

function localDateIn(timeZone: string, instant = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant);
}

/** A zone where it is now between 01:00 and 02:59, so the after-midnight rule applies there. */
function zoneAfterMidnight(now = new Date()) {
  return Intl.supportedValuesOf("timeZone").find((zone) => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        hour: "2-digit",
        hourCycle: "h23",
      }).format(now),
    );
    return zone.includes("/") && hour >= 1 && hour <= 2;
  });
}

test("a full nightly check-in, then editing it from the journal", async ({ page, account }) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Morning", 6);
  await checkIn.rate("Evening", 3);
  await checkIn.openSection("Where and how it hurt");
  const morning = checkIn.partDetails("Morning");
  await morning.getByRole("checkbox", { name: "Lower back" }).check();
  await morning.getByRole("checkbox", { name: "Stiff" }).check();
  await checkIn.addTag("a person", "Sam");
  await checkIn.addTag("a place or activity", "At a desk for hours");
  await page.getByLabel("When was Sam?").selectOption("MORNING");
  await checkIn.openSection("What you did about it");
  await page.getByLabel("Add from the library").selectOption({ label: "Child's pose" });
  await page
    .getByLabel("Add from the library")
    .locator("..")
    .locator("..")
    .getByRole("button", { name: "Add" })
    .click();
  await page.getByLabel("Minutes").fill("10");
  await page
    .getByRole("group", { name: "Did it help?" })
    .getByRole("radio", { name: "A little" })
    .check();
  await page
    .getByRole("group", { name: "Stress level today" })
    .getByRole("radio", { name: /^5\b/ })
    .check();
  await checkIn.openYourDay();
  await checkIn.sittingHours.fill("7.5");
  await checkIn.sleepHours.fill("5,5");
  await checkIn.note.fill("Long meeting.");
  await checkIn.save();

  await page.getByRole("link", { name: "See your journal" }).click();
  const day = page.getByRole("article");
  await expect(day).toHaveCount(1);
  await expect(day.getByRole("list", { name: "Pain by part of day" })).toContainText("6 out of 10");
  await expect(day).toContainText("People: Sam (morning)");
  await expect(day).toContainText("Child's pose, 10 min, helped: a little");
  await expect(day).toContainText("Slept: 5.5 h");

  await day.getByRole("link", { name: /^Edit/ }).click();
  await expect(checkIn.intensity("Morning", 6)).toBeChecked();
  await expect(page.getByText("You already checked in for this day")).toBeVisible();
  await checkIn.rate("Morning", 4);
  await checkIn.save();
  await page.goto("/journal");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("4 out of 10");
});

test("a bad value is marked next to its field and keeps everything else", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Afternoon", 7);
  await checkIn.addTag("a feeling", "Frustrated");
  await checkIn.openYourDay();
  await checkIn.note.fill("Typed before the mistake.");
  await checkIn.sittingHours.fill("30");
  await checkIn.saveButton.click();
  await expect(checkIn.sittingHours).toHaveAttribute("aria-invalid", "true");
  await expect(checkIn.sittingHours).toBeFocused();
  await expect(page.getByText("Enter hours from 0 to 24")).toBeVisible();
  await expect(checkIn.intensity("Afternoon", 7)).toBeChecked();
  await expect(page.getByRole("list", { name: "Feelings today" })).toContainText("Frustrated");
  await expect(checkIn.note).toHaveValue("Typed before the mistake.");
  await checkIn.sittingHours.fill("8");
  await checkIn.save();
});

test("a double click leaves one check-in; a second tab is shown both, not overwritten", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  const date = await checkIn.dateInput.inputValue();
  await checkIn.rate("Night", 2);
  const other = new CheckInPage(await context.newPage());
  await other.goto(date);
  await other.rate("Night", 5);
  await checkIn.saveButton.dblclick();
  await expect(page.getByText(/^Saved for /)).toBeVisible();
  // The second tab opened before the first saved: it may not silently replace that save.
  await other.saveButton.click();
  await expect(other.page.getByRole("region", { name: "Changed elsewhere" })).toBeVisible();
  await page.goto("/journal");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("2 out of 10");
});

test("an urgent red flag shows what to do at once, and saving still works", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  const alert = page.getByRole("alert").filter({ hasText: "Get medical help today" });
  await expect(alert).toHaveCount(0);
  await checkIn.openSection("Safety check");
  await page.getByRole("checkbox", { name: /saddle/ }).check();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("emergency");
  await page.getByRole("checkbox", { name: "Fever or feeling feverish" }).check();
  await expect(page.getByText("Worth seeing a professional soon")).toBeVisible();
  await checkIn.save();
  await page.goto("/journal");
  await expect(page.getByRole("article")).toContainText("Get medical help today");
});

test("after midnight, tonight's check-in files under the day before", async ({ browser }) => {
  const zone = zoneAfterMidnight();
  test.skip(!zone, "no zone is between 01:00 and 02:59 right now");
  const context = await browser.newContext({
    timezoneId: zone,
    extraHTTPHeaders: { "x-forwarded-for": `10.200.${Date.now() % 250}.7` },
  });
  const page = await context.newPage();
  await createAccount(page, newAccount());
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  const calendarToday = localDateIn(zone ?? "UTC");
  const yesterday = localDateIn(zone ?? "UTC", new Date(Date.now() - 24 * 3600 * 1000));
  expect(yesterday).not.toBe(calendarToday);
  await expect(checkIn.dateInput).toHaveValue(yesterday);
  await expect(page.getByText(/It's after midnight/)).toBeVisible();
  await checkIn.rate("Night", 3);
  await checkIn.save();
  await context.close();
});

test("a quick log in three taps shows up in the journal", async ({ page, account }) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.getByRole("link", { name: "Log pain" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log pain now");
  await page.getByRole("radio", { name: /^7\b/ }).check();
  await page.getByRole("checkbox", { name: "Lower back" }).check();
  await page.getByLabel("Something else").fill("Driving");
  await page.getByLabel("Something else").press("Enter");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText(/^Logged: 7 out of 10, /)).toBeVisible();
  await expect(page.getByRole("radio", { name: /^7\b/ })).not.toBeChecked();
  await page.goto("/journal");
  await expect(page.getByRole("article")).toContainText(
    /Quick log at \d\d:\d\d: 7 out of 10, Lower back \(Driving\)/,
  );
});

// Every page is axe-checked on the sample journal in e2e/accessibility.spec.ts (one test per
// page); here, what only this journey shows: the second page of days and a ticked red flag.
test("sample data fills the journal fourteen days a page, and the older days are axe-clean", async ({
  page,
  account,
}) => {
  // Nine axe runs over a 14-day journal: about a minute on a shared 2-core machine.
  test.slow();
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal\?sample=1/);
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(14);
  await page.getByRole("link", { name: "Older days" }).click();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every section of Tonight open, with a red flag ticked, is axe-clean in ${colorScheme}`, async ({
    page,
    account,
  }) => {
    expect(account.email).toContain("@");
    await page.emulateMedia({ colorScheme });
    const checkIn = new CheckInPage(page);
    await checkIn.goto();
    await checkIn.rate("Morning", 4);
    for (const title of [
      "Where and how it hurt",
      "What was going on",
      "What you did about it",
      "Your day",
      "Safety check",
    ]) {
      await checkIn.openSection(title);
    }
    await page.getByRole("checkbox", { name: /saddle/ }).check();
    await expect(
      page.getByRole("alert").filter({ hasText: "Get medical help today" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
