import type { Page, Response } from "@playwright/test";
import { type Account, expect, newClientPage, PRIVATE_PAGES, test } from "./fixtures";

const PUBLIC_PAGES = [
  "/",
  "/sign-in",
  "/create-account",
  "/forgot-password",
  "/reset-password",
  "/no-such-page",
];

/** Collects every CSP violation the page reports, as events and as console messages. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return async () => [
    ...violations,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

/** Checks one page's policy and scripts; returns its nonce. */
async function expectStrictPolicy(response: Response | null) {
  expect(response).not.toBeNull();
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? "";
  expect(nonce).not.toBe("");
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-/);
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  // Served over plain http here: no HSTS (lib/csp.test.ts covers https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  const html = (await response?.text()) ?? "";
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  return nonce;
}

async function createShareLink(page: Page) {
  await page.goto("/share");
  await page.getByRole("button", { name: "Create link" }).click();
  return new URL(await page.getByLabel("The link (shown only now; copy it)").inputValue()).pathname;
}

test("every page has a fresh nonce, a strict policy and no CSP violation", async ({
  page,
  account,
  browser,
}) => {
  // Nineteen pages, each waited on until the network is idle: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await page.getByRole("button", { name: "Try it with sample data" }).click();
  await page.waitForURL(/\/journal\?sample=1/, { timeout: 30_000 });
  const sharePath = await createShareLink(page);

  const nonces: string[] = [];
  const violationsOf = await watchViolations(page);
  for (const path of PRIVATE_PAGES) {
    nonces.push(await expectStrictPolicy(await page.goto(path)));
    await page.waitForLoadState("networkidle");
    expect({ path, violations: await violationsOf() }).toEqual({ path, violations: [] });
  }

  const visitor = await newClientPage(browser);
  const visitorViolations = await watchViolations(visitor.page);
  for (const path of [...PUBLIC_PAGES, sharePath]) {
    nonces.push(await expectStrictPolicy(await visitor.page.goto(path)));
    await visitor.page.waitForLoadState("networkidle");
    expect({ path, violations: await visitorViolations() }).toEqual({ path, violations: [] });
  }
  // A form that parses in the browser (sign-in checks its fields before sending): zod must not
  // probe for `new Function`, which the policy forbids (instrumentation-client.ts).
  await visitor.page.goto("/sign-in");
  await visitor.page.getByLabel("Email").fill(account.email);
  await visitor.page.getByLabel("Password").fill("not the password");
  await visitor.page.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.page.getByText("don't match an account")).toBeVisible();
  expect(await visitorViolations()).toEqual([]);
  // The same page twice: two nonces.
  nonces.push(await expectStrictPolicy(await visitor.page.goto("/sign-in")));
  expect(new Set(nonces).size).toBe(nonces.length);
  await visitor.context.close();
});

async function signInWith(page: Page, account: Account, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("after sign-in, callbackUrl leads only to a path on this site", async ({
  page,
  account,
  browser,
}) => {
  const origin = new URL(page.url()).origin;
  for (const callbackUrl of [
    "/\\evil.test/x",
    "/\t/evil.test",
    "//evil.test/x",
    "https://evil.test/",
    "https:evil.test",
    "%2F%2Fevil.test",
    "/%5Cevil.test",
  ]) {
    const visitor = await newClientPage(browser);
    await signInWith(visitor.page, account, callbackUrl);
    // Wherever sign-in leads (Tonight, or a path on this site such as /%5Cevil.test), it is here.
    await visitor.page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(new URL(visitor.page.url()).origin).toBe(origin);
    await visitor.context.close();
  }
  const visitor = await newClientPage(browser);
  await signInWith(visitor.page, account, "/journal?tag=none");
  await visitor.page.waitForURL(/\/journal\?tag=none/);
  await visitor.context.close();
});

test("a signed-out visitor sent to sign-in comes back to the page they asked for", async ({
  page,
  account,
}) => {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/reflect/history");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Freflect%2Fhistory/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/reflect\/history/);
});
