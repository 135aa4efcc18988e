import { readFile } from "node:fs/promises";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";

test.use({ viewport: { width: 390, height: 844 } });

test("a medication added in Settings is logged in a check-in, copied by 'Same as last night', logged in a quick log, shown in the journal and exported", async ({
  page,
  account,
}) => {
  // Settings → Medications: add two, change one's usual dose, archive the other.
  await page.goto("/settings");
  await page.getByRole("link", { name: /^Medications/ }).click();
  await expect(page.getByRole("heading", { name: "Medications", level: 1 })).toBeVisible();
  const add = page.getByRole("region", { name: "Add a medication" });
  await add.getByLabel("Name").fill("Ibuprofen");
  await add.getByLabel("Usual dose (optional)").fill("200");
  await add.getByRole("button", { name: "Add medication" }).click();
  await expect(page.getByText("Added Ibuprofen.")).toBeVisible();
  await add.getByLabel("Name").fill("Naproxen");
  await add.getByLabel("Unit").selectOption("tablets");
  await add.getByRole("button", { name: "Add medication" }).click();
  await expect(page.getByText("Added Naproxen.")).toBeVisible();
  // The same name in another case is refused next to the field, and nothing typed is lost.
  await add.getByLabel("Name").fill("ibuprofen");
  await add.getByRole("button", { name: "Add medication" }).click();
  await expect(add.getByText(/already has a medication with this name/)).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("ibuprofen");

  const list = page.getByRole("region", { name: "Your list" });
  await list.getByText("Edit Ibuprofen").click();
  await list.getByLabel("Usual dose (optional)").first().fill("400");
  await list.getByRole("button", { name: "Save changes" }).first().click();
  await expect(list.getByText("usually 400 mg")).toBeVisible();
  await list.getByRole("button", { name: "Archive Naproxen" }).click();
  await expect(
    page
      .getByRole("region", { name: "Archived" })
      .getByRole("button", { name: "Bring back Naproxen" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Last night's check-in: the section is folded; one tap on the medication adds its usual dose.
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  const today = await checkIn.dateInput.inputValue();
  const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
  await checkIn.goto(yesterday);
  await checkIn.rate("Morning", 6);
  await checkIn.openSection("Medications");
  await expect(page.getByRole("button", { name: /^Add Naproxen/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Add Ibuprofen, 400 mg" }).click();
  await expect(page.getByLabel("Dose")).toHaveValue("400");
  await page.getByLabel("Taken at").fill("08:30");
  await page.getByLabel(/^As needed/).check();
  await expectNoAxeViolations(page);
  await checkIn.save();

  // Tonight, "Same as last night" brings last night's dose back as it was; it can be changed.
  await checkIn.goto();
  await page.getByRole("button", { name: "Same as last night" }).click();
  await expect(page.getByText(/^Added 0 tags, 0 things you did and 1 dose, from /)).toBeVisible();
  await expect(checkIn.sectionToggle("Medications")).toContainText("1");
  await checkIn.openSection("Medications");
  await expect(page.getByLabel("Dose")).toHaveValue("400");
  await expect(page.getByLabel("Taken at")).toHaveValue("08:30");
  await expect(page.getByLabel(/^As needed/)).toBeChecked();
  // Tapping it again adds nothing twice.
  await page.getByRole("button", { name: "Same as last night" }).click();
  await expect(page.getByText(/^Added 0 tags, 0 things you did and 0 doses, from /)).toBeVisible();
  await expect(page.getByLabel("Dose")).toHaveCount(1);
  await checkIn.rate("Morning", 4);
  await checkIn.save();

  // The quick log: intensity, then the medication from the folded section.
  await page.goto("/quick-log");
  await page
    .getByRole("group", { name: "How much does it hurt right now?" })
    .getByRole("radio", { name: /^7\b/ })
    .check();
  await page.locator("summary", { hasText: "Medications taken" }).click();
  await page.getByRole("button", { name: "Add Ibuprofen, 400 mg" }).click();
  await page.getByLabel("Dose").fill("200");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText(/^Logged: /)).toBeVisible();

  // The journal shows both.
  await page.goto("/journal");
  await expect(
    page.getByText("Medications: Ibuprofen 400 mg at 08:30, as needed", { exact: true }),
  ).toHaveCount(2);
  await expect(page.getByText(/took Ibuprofen 200 mg at \d\d:\d\d/)).toBeVisible();

  // The JSON export holds the list and both doses.
  await page.goto("/settings");
  const exportForm = page.getByRole("form", { name: "Export", exact: true });
  await exportForm.getByLabel("Your password").fill(account.password);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportForm.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(exported.schemaVersion).toBe(2);
  expect(
    exported.medications.map((m: { name: string; archivedAt: string | null }) => [
      m.name,
      m.archivedAt === null,
    ]),
  ).toEqual([
    ["Ibuprofen", true],
    ["Naproxen", false],
  ]);
  expect(exported.checkIns.map((c: { date: string }) => c.date).sort()).toEqual([yesterday, today]);
  for (const saved of exported.checkIns) {
    expect(saved.medications).toMatchObject([
      { medication: "Ibuprofen", dose: 400, unit: "mg", asNeeded: true, partOfDay: "MORNING" },
    ]);
  }
  expect(exported.quickLogs[0].medications).toMatchObject([
    { medication: "Ibuprofen", dose: 200, unit: "mg", asNeeded: false },
  ]);
});
