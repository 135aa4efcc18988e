import { extractText, getDocumentProxy } from "unpdf";
import { expect, expectNoAxeViolations, newClientPage, test } from "./fixtures";

const DEMO_NOTES = [
  "Long meeting this afternoon.",
  "Slept badly, woke up stiff.",
  "Quiet day at home.",
];

test("share a summary: preview, link, aliases not names, PDF, access log, revoke, 404", async ({
  page,
  account,
  browser,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal\?sample=1/, { timeout: 30_000 });

  await page.goto("/share");
  const today = await page.getByLabel("To", { exact: true }).inputValue();
  await page
    .getByLabel("From", { exact: true })
    .fill(new Date(Date.parse(today) - 83 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Update the preview" }).click();
  const preview = page.locator(".preview");
  await expect(preview.getByText(/Person A/).first()).toBeVisible();
  await expect(preview).not.toContainText("Alex");
  for (const note of DEMO_NOTES) await expect(preview).not.toContainText(note);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("The link (shown only now; copy it)").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const path = new URL(url).pathname;

  // The recipient: another browser, not signed in.
  const recipient = await newClientPage(browser);
  const response = await recipient.page.goto(path);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  await expect(recipient.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(recipient.page.getByRole("heading", { name: "Pain journal summary" })).toBeVisible();
  const html = await recipient.page.content();
  expect(html).toContain("Person A");
  expect(html).not.toContain("Alex");
  for (const note of DEMO_NOTES) expect(html).not.toContain(note);
  await expectNoAxeViolations(recipient.page);

  const pdf = await recipient.page.request.get(`${path}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), {
    mergePages: true,
  });
  expect(text).toContain(`to ${today}`);
  expect(text).toContain("Person A");
  expect(text).not.toContain("Alex");
  expect(text).toContain("Not a diagnosis");

  await page.goto("/share");
  await page.getByRole("link", { name: "Access log" }).first().click();
  await expect(page.getByRole("cell", { name: "PDF" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Page" })).toBeVisible();

  await page.goto("/share");
  await page
    .getByRole("button", { name: /^Revoke/ })
    .first()
    .click();
  await expect(page.getByText("Link revoked.")).toBeVisible();

  const revoked = await recipient.page.goto(path);
  expect(revoked?.status()).toBe(404);
  const revokedText = await recipient.page.locator("main").textContent();
  const unknown = await recipient.page.goto(`/s/${"x".repeat(43)}`);
  expect(unknown?.status()).toBe(404);
  expect(await recipient.page.locator("main").textContent()).toBe(revokedText);
  expect((await recipient.page.request.get(`${path}/pdf`)).status()).toBe(404);
  await recipient.context.close();
});

test("a client that keeps guessing share links is cut off, even from a real link", async ({
  page,
  account,
  browser,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/share");
  await page.getByRole("button", { name: "Create link" }).click();
  const path = new URL(await page.getByLabel("The link (shown only now; copy it)").inputValue())
    .pathname;
  expect((await page.request.get(path)).status()).toBe(200);

  for (let attempt = 0; attempt < 30; attempt++) {
    const guess = await page.request.get(`/s/${String(attempt).padStart(43, "g")}`);
    expect(guess.status()).toBe(404);
  }
  // This client now gets the same 404 even for the real link; another client still opens it.
  expect((await page.request.get(path)).status()).toBe(404);
  const other = await newClientPage(browser);
  expect((await other.page.request.get(path)).status()).toBe(200);
  await other.context.close();
});
