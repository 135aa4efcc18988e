import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Playwright runs from the project root.
const fixture = (name: string) => join(process.cwd(), "test/fixtures/import", name);
const importForm = (page: Page) => page.getByRole("form", { name: "Import a file" });
const previewRow = (page: Page, row: number) =>
  importForm(page).getByRole("row", { name: new RegExp(`^${row} `) });

async function preview(page: Page, file: string) {
  const form = importForm(page);
  await form.getByLabel("CSV file").setInputFiles(fixture(file));
  await form.getByRole("button", { name: "Show what it will add" }).click();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
});

test("a Daylio export: preview, import, and the journal shows the days; twice adds nothing", async ({
  page,
  account,
}) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: "Bring your history in" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Bring your history in" }),
  ).toBeVisible();

  await preview(page, "daylio.csv");
  const form = importForm(page);
  await expect(form.getByRole("heading", { name: "Preview: nothing is saved yet" })).toBeVisible();
  await expect(form.getByText("3 days to the journal")).toBeVisible();
  await expect(previewRow(page, 2)).toContainText("Feelings: meh");
  await expect(previewRow(page, 2)).toContainText("Where and doing what: desk day");
  // 01:30 on 1 March files under the night of 28 February, as in the journal.
  await expect(previewRow(page, 4)).toContainText("Saturday 28 February 2026");
  await expectNoAxeViolations(page);

  await form.getByLabel("Your password").fill(account.password);
  await form.getByRole("button", { name: "Import all of it" }).click();
  await expect(form.getByText("Import finished.")).toBeVisible();
  await expect(form.getByRole("row", { name: /^Nightly check-ins/ })).toHaveText(
    /^Nightly check-ins\s*3\s*0$/,
  );

  await form.getByRole("link", { name: "Open the journal" }).click();
  const day = page.getByRole("article", { name: "Monday 2 March 2026" });
  await expect(day).toContainText("desk day");
  await expect(day).toContainText("meh");
  await day.getByText("Private note").click();
  await expect(day).toContainText("Back stiff after the meeting.");

  await page.goto("/settings/import");
  await preview(page, "daylio.csv");
  await expect(importForm(page).getByText("0 days to the journal")).toBeVisible();
  await expect(
    importForm(page).getByText(/Already in your journal, left as they are: 3 days/),
  ).toBeVisible();
});

test("a spreadsheet: columns mapped, a bad row named with its column, then imported as quick logs", async ({
  page,
  account,
}) => {
  await page.goto("/settings/import");
  const form = importForm(page);
  // By keyboard: the arrow keys move between the two sources.
  await form.getByLabel("Daylio (its CSV export)").focus();
  await page.keyboard.press("ArrowDown");
  await expect(form.getByLabel("Another app or a spreadsheet (CSV)")).toBeChecked();

  // A file with a bad date is refused whole, next to the file field.
  await form.getByLabel("CSV file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Date,Pain\n2026-03-01,4\n2026-02-30,5\n"),
  });
  await form.getByLabel("Pain rating", { exact: true }).selectOption("Pain");
  await form.getByRole("button", { name: "Show what it will add" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "Row 3, column “Date”: “2026-02-30” is not a date Backstory can read",
  );
  await expect(form.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("CSV file").setInputFiles(fixture("spreadsheet.csv"));
  // Columns whose names say what they hold are chosen already.
  await expect(form.getByLabel("Date", { exact: true })).toHaveValue("0");
  await expect(form.getByLabel("Note")).toHaveValue("6");
  await expect(form.getByLabel("Scale of the pain ratings")).toHaveValue("0-100");
  await form.getByRole("button", { name: "Show what it will add" }).click();
  await expect(previewRow(page, 2)).toContainText("A quick log");
  await expect(previewRow(page, 2)).toContainText("People: Sam");
  await expect(previewRow(page, 3)).toContainText("Evening");
  await expectNoAxeViolations(page);

  await form.getByLabel("Your password").fill(account.password);
  await page.keyboard.press("Enter");
  await expect(form.getByRole("row", { name: /^Quick logs/ })).toHaveText(/^Quick logs\s*2\s*0$/);
  await page.goto("/journal");
  await expect(page.getByRole("article", { name: "Monday 2 March 2026" })).toContainText(
    /Quick log at \d{2}:\d{2}/,
  );
});
