import { expect, expectNoAxeViolations, test } from "./fixtures";

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

test("on the demo journal the charts render with their tables and the planted patterns appear", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal\?sample=1/, { timeout: 30_000 });

  await page.goto("/patterns?window=12w");
  await expect(
    page.getByRole("img", { name: /Pain by part of day\. Morning: median/ }),
  ).toBeVisible();
  await expect(page.locator(".chart-frame canvas").first()).toBeVisible();
  await expect(page.getByRole("table", { name: /Ratings by part of day/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Mean pain \(0–10\) by weekday/ })).toBeVisible();
  const findings = page.locator(".findings");
  await expect(
    findings.getByText(/^Morning pain was \d(\.\d)? points higher than evening pain/),
  ).toBeVisible();
  await expect(
    findings.getByText(/^Day pain with Alex was \d(\.\d)? points? higher than without Alex/),
  ).toBeVisible();
  await expect(
    findings.getByText(
      /^Pain the next morning after a day with Child's pose was \d(\.\d)? points? lower/,
    ),
  ).toBeVisible();
  await page.getByText("How this is worked out").click();
  await expect(page.getByText(/Benjamini–Hochberg/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "See this week’s review" }).click();
  await expect(page.getByRole("heading", { name: "Weekly review" })).toBeVisible();
  await expect(page.getByText(/not causes/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Day pain \(0–10\) per period/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
