import { createAccount, expect, newAccount, newClientPage, PRIVATE_PAGES, test } from "./fixtures";

test("create account, sign out, sign in, sign out everywhere, change password", async ({
  page,
  browser,
}) => {
  // Two browsers, four sign-ins and a password change (two argon2 hashes): over a minute on a
  // busy 2-core machine.
  test.setTimeout(120_000);
  const account = await createAccount(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tonight");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/tonight");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tonight/);

  // A second browser (another device) signed in to the same account.
  const other = await newClientPage(browser);
  await other.page.goto("/sign-in");
  await other.page.getByLabel("Email").fill(account.email);
  await other.page.getByLabel("Password").fill(account.password);
  await other.page.getByRole("button", { name: "Sign in" }).click();
  await other.page.waitForURL(/\/tonight/);
  const otherCookies = await other.context.cookies();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL(/\/sign-in/);
  await expect(page.getByText("You are signed out on every device.")).toBeVisible();

  // The other device's cookie still has a valid signature and expiry, but is now useless.
  await other.context.clearCookies();
  await other.context.addCookies(otherCookies);
  await other.page.goto("/settings");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tonight/);
  const cookiesBeforeChange = await page.context().cookies();

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("a brand new long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("a brand new long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await page.waitForURL(/\/sign-in/);
  await expect(page.getByText("Password changed.")).toBeVisible();

  // The session from before the change no longer works.
  await page.context().addCookies(cookiesBeforeChange);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Password").fill("a brand new long passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tonight/);
});

test("a wrong password and an unknown email get the same answer", async ({ page, browser }) => {
  const account = await createAccount(page);
  const visitor = await newClientPage(browser);
  const answers: string[] = [];
  for (const [email, password] of [
    [account.email, "wrong password entirely"],
    [newAccount().email, account.password],
  ] as const) {
    await visitor.page.goto("/sign-in");
    await visitor.page.getByLabel("Email").fill(email);
    await visitor.page.getByLabel("Password").fill(password);
    await visitor.page.getByRole("button", { name: "Sign in" }).click();
    const message = visitor.page.locator(".notice--error");
    await expect(message).toBeVisible();
    answers.push((await message.textContent()) ?? "");
    await expect(visitor.page).toHaveURL(/\/sign-in/);
    await expect(visitor.page.getByLabel("Email")).toHaveValue(email);
  }
  expect(answers[0]).toBe(answers[1]);
  await visitor.context.close();
});

test("bad input on create account gets a message next to the field and keeps the email", async ({
  page,
}) => {
  const existing = await createAccount(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  const cases = [
    {
      email: "not-an-email",
      password: "long enough passphrase",
      field: "Email",
      text: /email address like/,
    },
    {
      email: newAccount().email,
      password: "short",
      field: "Password",
      text: /at least 12 characters/,
    },
    { email: newAccount().email, password: "password1234", field: "Password", text: /too common/ },
    {
      email: existing.email,
      password: "long enough passphrase",
      field: "Email",
      text: /already has an account/,
    },
  ];
  for (const { email, password, field, text } of cases) {
    await page.goto("/create-account");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    const input = page.getByLabel(field, { exact: true });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error")) ?? "";
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText(text);
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page).toHaveURL(/\/create-account/);
  }
});

test("a signed-out visitor is sent to sign-in from every private page", async ({ page }) => {
  for (const path of PRIVATE_PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("security headers are sent and X-Powered-By is not", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["x-powered-by"]).toBeUndefined();
});
