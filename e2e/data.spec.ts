import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import {
  createAccount,
  expect,
  expectNoAxeViolations,
  newAccount,
  newClientPage,
  test,
} from "./fixtures";

/** A small journal written by hand, the way a backup file looks (optional fields left out). */
const JOURNAL = {
  format: "backstory-export",
  schemaVersion: 1,
  account: { timeZone: "Europe/Berlin", painBeganOn: "2025-11-02" },
  tags: [
    { kind: "PERSON", name: "Sam" },
    { kind: "CONTEXT", name: "at a desk for hours" },
  ],
  reliefItems: [{ builtinKey: "CAT_COW", name: "Cat-cow" }],
  checkIns: [
    {
      date: "2026-03-01",
      stress: 6,
      note: "Private note: a hard day with Sam.",
      pain: [
        { partOfDay: "MORNING", intensity: 6, areas: ["LOWER_BACK"] },
        { partOfDay: "EVENING", intensity: 3 },
      ],
      tags: [{ kind: "PERSON", name: "Sam", partOfDay: "MORNING" }],
      relief: [{ item: "Cat-cow", minutes: 10, helped: "A_LITTLE" }],
    },
    {
      date: "2026-03-02",
      pain: [{ partOfDay: "AFTERNOON", intensity: 4 }],
      tags: [{ kind: "CONTEXT", name: "at a desk for hours" }],
    },
  ],
  quickLogs: [
    {
      requestId: "0e9a2f0c-7f4e-4a51-9d0a-3c1b2e4f5a6b",
      occurredAt: "2026-03-03T13:20:00.000Z",
      localDate: "2026-03-03",
      partOfDay: "AFTERNOON",
      intensity: 8,
    },
  ],
  pegResponses: [{ date: "2026-03-01", pain: 6, enjoyment: 5, activity: 7 }],
};

const jsonFile = (content: unknown, name = "backup.json") => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
});

const exportForm = (page: Page) => page.getByRole("form", { name: "Export", exact: true });
const importForm = (page: Page) => page.getByRole("form", { name: "Import a JSON export" });
const reportRow = (page: Page, record: string) =>
  importForm(page).getByRole("row", { name: new RegExp(`^${record}`) });

async function importFile(page: Page, file: ReturnType<typeof jsonFile>, password: string) {
  const form = importForm(page);
  await form.getByLabel("JSON file").setInputFiles(file);
  await form.getByLabel("Your password").fill(password);
  await form.getByRole("button", { name: "Import" }).click();
}

test("export needs the password again and downloads the journal; a fresh account imports it", async ({
  page,
  account,
  browser,
}) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText(/include your private notes, your reflections/)).toBeVisible();

  // Seed the journal through the import, the only way in until the journal pages exist.
  await importFile(page, jsonFile(JOURNAL), account.password);
  await expect(reportRow(page, "Nightly check-ins")).toHaveText(/^Nightly check-ins\s*2\s*0$/);
  await expect(reportRow(page, "Quick logs")).toHaveText(/^Quick logs\s*1\s*0$/);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }

  // The same file again: everything is already there.
  await importFile(page, jsonFile(JOURNAL), account.password);
  await expect(reportRow(page, "Nightly check-ins")).toHaveText(/^Nightly check-ins\s*0\s*2$/);
  await expect(importForm(page).getByText(/already in your journal/)).toBeVisible();

  // A wrong password downloads nothing and says so next to the field.
  const form = exportForm(page);
  await form.getByLabel("Your password").fill("not my password at all");
  await form.getByRole("button", { name: "Download JSON" }).click();
  await expect(form.getByText("That is not your password.")).toBeVisible();
  await expect(form.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Your password").fill(account.password);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^backstory-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = await download.path();
  const exported = JSON.parse(await readFile(exportPath, "utf8"));
  expect(exported).toMatchObject({ format: "backstory-export", schemaVersion: 2 });
  expect(exported.checkIns).toHaveLength(2);
  expect(exported.checkIns[0].note).toBe("Private note: a hard day with Sam.");
  await expect(form.getByText(/Your download has started/)).toBeVisible();

  for (const [button, pattern] of [
    ["Download CSV (zip)", /^backstory-\d{4}-\d{2}-\d{2}-csv\.zip$/],
    ["Download FHIR R4", /^backstory-\d{4}-\d{2}-\d{2}-fhir\.json$/],
  ] as const) {
    await form.getByLabel("Your password").fill(account.password);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: button }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(pattern);
  }

  // Restore the download into a brand-new account in another browser.
  const other = await newClientPage(browser);
  const second = await createAccount(other.page);
  await other.page.goto("/settings");
  await importFile(other.page, jsonFile(await readFile(exportPath, "utf8")), second.password);
  await expect(reportRow(other.page, "Nightly check-ins")).toHaveText(
    /^Nightly check-ins\s*2\s*0$/,
  );
  await expect(reportRow(other.page, "Pain ratings in check-ins")).toHaveText(/check-ins\s*3\s*0$/);
  await expect(reportRow(other.page, "Weekly PEG answers")).toHaveText(/answers\s*1\s*0$/);
  await other.context.close();
});

test("a bad file is refused with the record and field named, and nothing changes", async ({
  page,
  account,
}) => {
  await page.goto("/settings");
  const bad = { ...JOURNAL, checkIns: [{ ...JOURNAL.checkIns[0], date: "01/03/2026" }] };
  await importFile(page, jsonFile(bad), account.password);
  await expect(
    importForm(page).getByText("This file can't be imported. Nothing was changed."),
  ).toBeVisible();
  await expect(
    importForm(page).getByText("checkIns[0].date: expected a real date written YYYY-MM-DD"),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing was imported: the real file afterwards imports everything.
  await importFile(page, jsonFile(JOURNAL), account.password);
  await expect(reportRow(page, "Nightly check-ins")).toHaveText(/^Nightly check-ins\s*2\s*0$/);
});

test("the export and import endpoints refuse signed-out, cross-site and oversized requests", async ({
  page,
  account,
  playwright,
}) => {
  await page.goto("/settings");
  const origin = new URL(page.url()).origin;
  const form = { format: "json", password: account.password };

  const anonymous = await playwright.request.newContext({ baseURL: origin });
  expect((await anonymous.post("/api/export", { form })).status()).toBe(401);
  expect((await anonymous.post("/api/import", { multipart: form })).status()).toBe(401);
  await anonymous.dispose();

  const crossSite = await page.request.post("/api/export", {
    form,
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);

  const huge = await page.request.post("/api/import", {
    headers: { origin },
    multipart: {
      password: account.password,
      file: {
        name: "huge.json",
        mimeType: "application/json",
        buffer: Buffer.alloc(21 * 1024 * 1024, " "),
      },
    },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).fieldErrors.file[0]).toMatch(/larger than 20 MB/);

  const download = await page.request.post("/api/export", { form, headers: { origin } });
  expect(download.status()).toBe(200);
  expect(download.headers()["cache-control"]).toBe("no-store");
  expect(download.headers()["content-disposition"]).toMatch(
    /^attachment; filename="backstory-\d{4}-\d{2}-\d{2}\.json"$/,
  );
});

test("deleting the account needs the words and the password, then it is gone", async ({
  page,
  account,
}) => {
  await page.goto("/settings");
  await importFile(page, jsonFile(JOURNAL), account.password);
  await expect(reportRow(page, "Nightly check-ins")).toHaveText(/^Nightly check-ins\s*2\s*0$/);

  const form = page.getByRole("form", { name: "Delete account" });
  const submit = form.getByRole("button", { name: "Delete my account and everything in it" });
  await form.getByLabel(/Type “delete my account”/).fill("delete");
  await form.getByLabel("Your password").fill(account.password);
  await submit.click();
  await expect(form.getByText("Type “delete my account” to confirm.")).toBeVisible();

  await form.getByLabel(/Type “delete my account”/).fill("delete my account");
  await form.getByLabel("Your password").fill("not my password at all");
  await submit.click();
  await expect(form.getByText("That is not your password.")).toBeVisible();

  await form.getByLabel("Your password").fill(account.password);
  await submit.click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(
    page.getByText("Your account and everything in it have been deleted."),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();

  // The address is free again: a new account can be made with it.
  await createAccount(page, { ...newAccount(), email: account.email });
});
