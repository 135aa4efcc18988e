import { type Account, createAccount, expect, type Page, signInOverHttp } from "./fixtures";

export type SampleJournal = {
  account: Account;
  /** A live share link to the last 12 weeks, opened without signing in. */
  sharedPath: string;
  /** The signed-in access log of that link. */
  accessLogPath: string;
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
  return {
    account,
    sharedPath: new URL(url).pathname,
    accessLogPath: accessLogPath as string,
    signIn: (other) => signInOverHttp(other, account),
  };
}
