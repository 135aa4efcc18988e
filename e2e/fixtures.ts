import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, test as base, expect, type Page } from "@playwright/test";

export type Account = { email: string; password: string };

/** Every page behind sign-in. */
export const PRIVATE_PAGES = [
  "/tonight",
  "/quick-log",
  "/journal",
  "/journal/relief",
  "/journal/calendar",
  "/journal/find",
  "/patterns",
  "/patterns/week",
  "/reflect",
  "/reflect/history",
  "/reflect/onset",
  "/reflect/peg",
  "/reflect/breathe",
  "/safety",
  "/share",
  "/settings",
  "/settings/import",
  "/settings/medications",
  "/settings/reminders",
  "/more",
  "/experiments",
  "/experiments/new",
];

/**
 * Every test acts as its own client (its own X-Forwarded-For), so per-client rate limits
 * behave as they would for separate people, and tests never throttle each other.
 */
export function clientAddress() {
  const bytes = randomUUID().replaceAll("-", "").slice(0, 6);
  const octet = (index: number) => Number.parseInt(bytes.slice(index * 2, index * 2 + 2), 16);
  return `10.${octet(0)}.${octet(1)}.${octet(2)}`;
}

export function newAccount(): Account {
  return { email: `e2e-${randomUUID()}@example.test`, password: "quiet harbour lantern 42" };
}

/** Creates an account through the real form; the page ends up signed in. */
export async function createAccount(page: Page, account: Account = newAccount()) {
  await page.goto("/create-account");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "I have saved my codes — continue" }).click();
  await page.waitForURL(/\/tonight/);
  return account;
}

/** Signs in over HTTP (next-auth's CSRF + credentials endpoints), as a returning person would. */
export async function signInOverHttp(page: Page, account: Account) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

export async function newClientPage(browser: Browser) {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
  });
  return { context, page: await context.newPage() };
}

/** No axe-core violations on the current page (WCAG 2.x A and AA rules). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

type Fixtures = { account: Account };

/** `page` acts as a fresh client; `account` is a freshly created, signed-in account. */
export const test = base.extend<Fixtures>({
  context: async ({ browser }, use) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
    });
    await use(context);
    await context.close();
  },
  account: async ({ page }, use) => {
    await use(await createAccount(page));
  },
});

export { expect, type Page };
