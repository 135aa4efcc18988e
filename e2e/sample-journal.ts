import { type Account, createAccount, expect, type Page, signInOverHttp } from "./fixtures";

export type SampleJournal = {
  account: Account;
  /** A live share link to the last 12 weeks, opened without signing in. */
  sharedPath: string;
  /** The signed-in access log of that link. */
  accessLogPath: string;
  /** A finished personal experiment over the sample journal's weeks (imported). */
  experimentPath: string;
  /** Signs `page` in as the sample journal's owner. */
  signIn: (page: Page) => Promise<void>;
};

/** A new account filled with the sample (demo) journal, and a share link to its 12 weeks. */
export async function createSampleJournal(page: Page): Promise<SampleJournal> {
  const account = await createAccount(page);
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal\?sample=1/, { timeout: 30_000 });

  await page.goto("/share");
  const today = await page.getByLabel("To", { exact: true }).inputValue();
  await page
    .getByLabel("From", { exact: true })
    .fill(new Date(Date.parse(today) - 83 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Update the preview" }).click();
  await expect(
    page
      .locator(".preview")
      .getByText(/Person A/)
      .first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("The link (shown only now; copy it)").inputValue();
  const accessLogPath = await page
    .getByRole("link", { name: "Access log" })
    .first()
    .getAttribute("href");
  expect(accessLogPath).toMatch(/^\/share\/.+/);
  const experimentPath = await importFinishedExperiment(page, account);
  return {
    account,
    sharedPath: new URL(url).pathname,
    accessLogPath: accessLogPath as string,
    experimentPath,
    signIn: (other) => signInOverHttp(other, account),
  };
}

/**
 * An experiment whose 56 nights ended two weeks ago (so its result shows), over the sample
 * journal's own mornings, brought in through the JSON import as a backup would be.
 */
async function importFinishedExperiment(page: Page, account: Account): Promise<string> {
  const startDate = new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 10);
  const document = {
    format: "backstory-export",
    schemaVersion: 1,
    experiments: [
      {
        rule: "Evening child's pose",
        outcome: "MORNING",
        startDate,
        blockDays: 2,
        blockOrder: "ABBABAABABBAABBABAABABBAABBA",
        nights: [{ date: startDate, isDone: true }],
      },
    ],
  };
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Import a JSON export" });
  await form.getByLabel("JSON file").setInputFiles({
    name: "experiment.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(document)),
  });
  await form.getByLabel("Your password").fill(account.password);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("row", { name: /^Personal experiments/ })).toContainText("1");
  await page.goto("/experiments");
  await page.getByRole("link", { name: /Evening child's pose/ }).click();
  await page.waitForURL(/\/experiments\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
