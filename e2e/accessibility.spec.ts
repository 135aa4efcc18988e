import { expect, expectNoAxeViolations, newClientPage, type Page, test } from "./fixtures";
import { createSampleJournal, type SampleJournal } from "./sample-journal";

/*
 * Every page gets its own test (a slow machine then spends its time budget per page, not per
 * list), in light and dark, at phone width and (in light) at desktop width and 360 px, with every
 * disclosure opened so that what hides behind one is checked too. The sample journal fills the
 * signed-in pages with real tables and charts; it is created once per worker and only read here.
 */

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
/** The narrowest phone we design for: nothing may scroll sideways here. */
const NARROW_PHONE = { width: 360, height: 740 };

const PUBLIC_PAGES = [
  "/",
  "/sign-in",
  "/create-account",
  "/forgot-password",
  "/reset-password",
  "/no-such-page",
];

/** Signed-in pages; `{ name, path }` for those that need an id from the sample journal. */
const PRIVATE_PAGES: (string | { name: string; path: (sample: SampleJournal) => string })[] = [
  "/tonight",
  "/quick-log",
  "/journal",
  "/journal/relief",
  "/journal/calendar",
  "/journal/find",
  "/journal/find?q=alex",
  "/patterns",
  "/patterns/week",
  "/reflect",
  "/reflect/history",
  "/reflect/onset",
  "/reflect/peg",
  "/reflect/breathe",
  "/safety",
  "/share",
  { name: "/share/[id] (access log)", path: (sample) => sample.accessLogPath },
  "/settings",
  "/settings/import",
  "/settings/medications",
  "/settings/reminders",
  "/more",
  "/experiments",
  "/experiments/new",
  { name: "/experiments/[id] (a finished experiment)", path: (sample) => sample.experimentPath },
];

const COLOR_SCHEMES = ["light", "dark"] as const;

async function openEveryDisclosure(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
}

/** The page is no wider than the viewport: nothing makes a person scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, "page width at a 360 px viewport").toBeLessThanOrEqual(clientWidth);
}

/**
 * In light: axe at desktop and phone width, then the sideways-scroll check at 360 px. Layout is
 * the same in dark, where only colours change, so dark is checked at phone width only.
 */
async function checkEveryWidth(page: Page, colorScheme: (typeof COLOR_SCHEMES)[number] = "light") {
  await openEveryDisclosure(page);
  if (colorScheme === "light") {
    await page.setViewportSize(DESKTOP);
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page);
  if (colorScheme === "light") {
    await page.setViewportSize(NARROW_PHONE);
    await expectNoSidewaysScroll(page);
  }
}

for (const path of PUBLIC_PAGES) {
  test(`${path} has no axe violations at desktop and phone width`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkEveryWidth(page);
  });
}

// One sample journal per worker, shared read-only by the tests of that worker.
const sampleTest = test.extend<object, { sample: SampleJournal }>({
  sample: [
    async ({ browser }, use) => {
      const { context, page } = await newClientPage(browser);
      const sample = await createSampleJournal(page);
      await context.close();
      await use(sample);
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

for (const colorScheme of COLOR_SCHEMES) {
  for (const entry of PRIVATE_PAGES) {
    const name = typeof entry === "string" ? entry : entry.name;
    sampleTest(`${name} in ${colorScheme} has no axe violations`, async ({ page, sample }) => {
      await sample.signIn(page);
      await page.emulateMedia({ colorScheme });
      await page.goto(typeof entry === "string" ? entry : entry.path(sample));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await checkEveryWidth(page);
    });
  }

  sampleTest(
    `the shared summary in ${colorScheme} has no axe violations`,
    async ({ browser, sample }) => {
      const recipient = await newClientPage(browser);
      await recipient.page.emulateMedia({ colorScheme });
      await recipient.page.goto(sample.sharedPath);
      await expect(
        recipient.page.getByRole("heading", { name: "Pain journal summary" }),
      ).toBeVisible();
      await checkEveryWidth(recipient.page, colorScheme);
      await recipient.context.close();
    },
  );
}

test("the main navigation works with the keyboard alone", async ({ page, account }) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const journal = page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Journal" });
  for (
    let presses = 0;
    presses < 10 && !(await journal.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(journal).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/journal/);
});

sampleTest(
  "a wide table scrolls inside its own box, which the keyboard can reach",
  async ({ page, sample }) => {
    await sample.signIn(page);
    await page.setViewportSize(NARROW_PHONE);
    await page.goto("/patterns");
    await openEveryDisclosure(page);
    const region = page.getByRole("region", { name: "Mean pain by weekday and part of day" });
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  },
);
