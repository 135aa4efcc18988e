import type { Locator, Page } from "@playwright/test";
import { createAccount, expect, PRIVATE_PAGES, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";

// Runs in the "phone" project (Playwright's Pixel 7: 412 × 839, touch).

function yesterdayOf(date: string) {
  return new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
}

/** Taps like a finger does, and counts every tap. */
function tapCounter() {
  let taps = 0;
  return {
    async tap(locator: Locator) {
      await locator.tap();
      taps += 1;
    },
    get count() {
      return taps;
    },
  };
}

async function topOfBottomBars(page: Page) {
  const footer = await page.locator(".form-footer").boundingBox();
  const tabs = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  return Math.min(footer?.y ?? Number.POSITIVE_INFINITY, tabs?.y ?? Number.POSITIVE_INFINITY);
}

// The Pixel 7 of this project (412 × 839) and a 390 × 844 phone. (At 360 × 740 the ratings wrap
// to two rows each and only two and a half fit above the save bar and the tab bar.)
const SCREENS = [null, { width: 390, height: 844 }] as const;

for (const screen of SCREENS) {
  const name = screen ? `${screen.width} × ${screen.height}` : "Pixel 7";
  test(`the four ratings fit the first screen, above the save bar and the tab bar (${name})`, async ({
    page,
    account,
  }) => {
    expect(account.email).toContain("@");
    if (screen) await page.setViewportSize(screen);
    const checkIn = new CheckInPage(page);
    await checkIn.goto();
    const limit = await topOfBottomBars(page);
    expect(limit).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    for (const part of ["Morning", "Afternoon", "Evening", "Night"] as const) {
      for (const choice of [checkIn.intensity(part, 0), checkIn.intensity(part, 10)]) {
        const box = await choice.locator("xpath=..").boundingBox();
        expect(box, `${part} is laid out`).not.toBeNull();
        expect(box?.y ?? 0).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0), `${part} is above the bars`).toBeLessThanOrEqual(
          limit,
        );
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      }
    }
  });
}

test("a typical night takes at most 15 taps and no typing", async ({ page, account }) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  // Last night, typed once: a person, a feeling and a stretch that are now "already used".
  await checkIn.goto();
  const today = await checkIn.dateInput.inputValue();
  await checkIn.goto(yesterdayOf(today));
  await checkIn.rate("Evening", 5);
  await checkIn.addTag("a person", "Sam");
  await checkIn.addTag("a feeling", "Tense");
  await checkIn.openSection("What you did about it");
  await page.getByLabel("Add from the library").selectOption({ label: "Child's pose" });
  await page
    .getByLabel("Add from the library")
    .locator("..")
    .locator("..")
    .getByRole("button", { name: "Add" })
    .click();
  await checkIn.save();

  // Tonight, by touch alone.
  await checkIn.goto();
  const finger = tapCounter();
  for (const [part, rating] of [
    ["Morning", 6],
    ["Afternoon", 4],
    ["Evening", 5],
    ["Night", 3],
  ] as const) {
    await finger.tap(checkIn.intensity(part, rating).locator("xpath=.."));
  }
  await finger.tap(checkIn.sectionToggle("What was going on"));
  await finger.tap(page.getByRole("button", { name: "Add Sam" }));
  await finger.tap(page.getByRole("button", { name: "Add Tense" }));
  await finger.tap(checkIn.sectionToggle("What you did about it"));
  await finger.tap(page.getByRole("button", { name: "Add Child's pose" }));
  await finger.tap(checkIn.saveButton);
  await expect(page.getByText(/^Saved for /)).toBeVisible();
  expect(finger.count).toBeLessThanOrEqual(15);

  await page.goto("/journal");
  const tonight = page.getByRole("article").first();
  await expect(tonight.getByRole("list", { name: "Pain by part of day" })).toContainText(
    "6 out of 10",
  );
  await expect(tonight).toContainText("Sam");
  await expect(tonight).toContainText("Tense");
  await expect(tonight).toContainText("Child's pose");
});

test("the tab bar: five labelled tabs of at least 44 px, sign-out under More", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  const tabs = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(tabs).toHaveText(["Tonight", "Log pain", "Journal", "Patterns", "More"]);
  for (const tab of await tabs.all()) {
    const box = await tab.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  }
  await expect(tabs.first()).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await tabs.filter({ hasText: "More" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("More");
  await page.getByRole("link", { name: /^Share/ }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Share a summary");
  await expect(tabs.filter({ hasText: "More" })).toHaveAttribute("aria-current", "page");
  await page.goto("/more");
  await page.getByRole("button", { name: "Sign out" }).tap();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/tonight");
  await expect(page).toHaveURL(/\/sign-in/);
});

/** zod's own wording, which a person should never see (every schema has its own words). */
const RAW_VALIDATION =
  /Invalid input|Invalid option|expected [\w ]+, received|Too (small|big):|Invalid (string|UUID|ISO|date|url)/i;

const PUBLIC_PAGES = ["/", "/sign-in", "/create-account", "/forgot-password", "/reset-password"];

/** Addresses a person (or a stale bookmark, or a mistyped link) can open with odd parameters. */
const ODD_ADDRESSES = [
  "/tonight?date=someday",
  "/tonight?date=2999-01-01&kept=nothing",
  "/journal?from=yesterday&to=2026-02-30&tag=x&before=soon",
  "/journal/calendar?month=2026-13",
  "/journal/find?q=",
  "/journal/find?q=a&before=never",
  `/journal/find?q=${"long ".repeat(120)}`,
  "/patterns?window=forever",
  "/reflect/breathe?saved=maybe",
  "/share?from=x&to=y&includeNotes=perhaps&showNames=2",
  "/share?from=2026-05-01&to=2026-01-01",
  "/experiments/not-an-id",
  "/share/not-an-id",
];

/** The same, for pages that are only shown signed out. */
const ODD_PUBLIC_ADDRESSES = [
  "/?notice=whatever",
  "/reset-password?token=not-a-token",
  "/sign-in?notice=whatever&callbackUrl=https://elsewhere.example",
];

test("every page fits 360 px without sideways scrolling and shows no raw validation text", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const check = async (path: string) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await expect(page.locator("body"), path).not.toContainText(RAW_VALIDATION);
  };
  // Signed out first (the fixture's account would sign this page in).
  for (const path of [...PUBLIC_PAGES, ...ODD_PUBLIC_ADDRESSES]) await check(path);
  await createAccount(page);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [...PRIVATE_PAGES, ...ODD_ADDRESSES]) await check(path);
});
