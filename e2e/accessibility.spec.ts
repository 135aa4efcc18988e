import { expect, expectNoAxeViolations, test } from "./fixtures";

const PUBLIC_PAGES = ["/", "/sign-in", "/create-account", "/no-such-page"];
const PRIVATE_PAGES = [
  "/tonight",
  "/quick-log",
  "/journal",
  "/patterns",
  "/patterns/week",
  "/reflect",
  "/safety",
  "/share",
  "/settings",
];

test("public pages have no axe violations", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("signed-in pages have no axe violations, in light and dark", async ({ page, account }) => {
  expect(account.email).toContain("@");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of PRIVATE_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

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
