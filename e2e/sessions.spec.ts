import { clientAddress, createAccount, expect, newClientPage, test } from "./fixtures";

const SESSION_COOKIE = "next-auth.session-token";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

test("a cookie copied before a plain sign-out is refused afterwards", async ({ page, browser }) => {
  await createAccount(page);
  const copied = await page.context().cookies();
  const session = copied.find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  const thief = await newClientPage(browser);
  await thief.context.addCookies(copied);
  const me = await thief.page.request.get("/api/me");
  expect(me.status()).toBe(401);
  expect(await (await thief.page.request.get("/api/auth/session")).json()).toEqual({});
  await thief.page.goto("/settings");
  await expect(thief.page).toHaveURL(/\/sign-in/);
  await thief.context.close();
});

test("Settings lists each signed-in device and signs one out", async ({ page, browser }) => {
  const account = await createAccount(page);
  const context = await browser.newContext({
    userAgent: IPHONE,
    extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
  });
  const other = { context, page: await context.newPage() };
  await other.page.goto("/sign-in");
  await other.page.getByLabel("Email").fill(account.email);
  await other.page.getByLabel("Password").fill(account.password);
  await other.page.getByRole("button", { name: "Sign in" }).click();
  await other.page.waitForURL(/\/tonight/);

  await page.goto("/settings");
  const list = page.getByRole("region", { name: "Where you are signed in" }).getByRole("listitem");
  await expect(list).toHaveCount(2);
  // Desktop Chrome in Playwright's device list says it runs on Windows.
  await expect(list.filter({ hasText: "this device" })).toContainText("Chrome on Windows");
  await expect(list.first()).toContainText("Safari on iOS");
  await page.getByRole("button", { name: /^Sign out Safari on iOS, signed in/ }).click();
  await expect(page.getByText("That device is signed out.")).toBeVisible();
  await expect(list).toHaveCount(1);
  await page.reload();
  const activity = page.getByRole("region", { name: "Recent activity" });
  await expect(activity).toContainText("Signed out another device (Safari on iOS)");
  await expect(activity.getByRole("row", { name: /Signed in/ })).toHaveCount(2);

  await other.page.goto("/settings");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();

  const mine = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out this device" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.context().addCookies(mine);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
});
