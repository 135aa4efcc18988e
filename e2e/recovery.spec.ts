import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, newAccount, newClientPage, test } from "./fixtures";

const NEW_PASSWORD = "another long passphrase 77";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("recovery codes at sign-up reset a forgotten password, each once", async ({
  page,
  browser,
}) => {
  const account = newAccount();
  await page.goto("/create-account");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  const codes = await page
    .getByRole("listitem")
    .filter({ hasText: /^[0-9a-z-]{29}$/ })
    .allTextContents();
  expect(codes).toHaveLength(10);
  await page.getByRole("button", { name: "I have saved my codes — continue" }).click();
  await page.waitForURL(/\/tonight/);

  const visitor = await newClientPage(browser);
  await visitor.page.goto("/sign-in");
  await visitor.page.getByRole("link", { name: "Forgot your password?" }).click();
  // The link navigates on the client: until the new page is in, "Email" is sign-in's own field.
  await expect(visitor.page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  const recover = async (code: string) => {
    await visitor.page.getByLabel("Email").fill(account.email);
    await visitor.page.getByLabel("Recovery code").fill(code);
    await visitor.page.getByLabel("New password").fill(NEW_PASSWORD);
    await visitor.page.getByRole("button", { name: "Set new password" }).click();
  };
  await recover(codes[0] ?? "");
  await visitor.page.waitForURL(/\/sign-in\?notice=password-reset/);
  await expect(visitor.page.getByText("Password changed.")).toBeVisible();

  // Resetting ended the session of the first browser.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(visitor.page, account.email, NEW_PASSWORD);
  await visitor.page.waitForURL(/\/tonight/);

  const again = await newClientPage(browser);
  await again.page.goto("/forgot-password");
  await again.page.getByLabel("Email").fill(account.email);
  await again.page.getByLabel("Recovery code").fill(codes[0] ?? "");
  await again.page.getByLabel("New password").fill("yet another passphrase 99");
  await again.page.getByRole("button", { name: "Set new password" }).click();
  await expect(again.page.getByText(/don't go together, or the code was used/)).toBeVisible();
  await expect(again.page.getByLabel("Email")).toHaveValue(account.email);
  await visitor.context.close();
  await again.context.close();
});

test("Settings makes new recovery codes and lists the reset in Recent activity", async ({
  page,
  account,
}) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Recovery codes" });
  await expect(section).toContainText("10 recovery codes are left");
  await section.getByLabel("Your password").fill("not my password at all");
  await section.getByRole("button", { name: "Create new recovery codes" }).click();
  await expect(section.getByText("That is not your password.")).toBeVisible();
  await section.getByLabel("Your password").fill(account.password);
  await section.getByRole("button", { name: "Create new recovery codes" }).click();
  await expect(section.getByRole("listitem")).toHaveCount(10);
  await page.reload();
  await expect(page.getByRole("region", { name: "Recent activity" })).toContainText(
    "New recovery codes created",
  );
});

test("an operator's one-time reset link (npm run reset-password) works once", async ({
  page,
  account,
  baseURL,
}) => {
  // Playwright runs from the project root.
  const root = process.cwd();
  const output = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/reset-password.ts", account.email],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        BACKSTORY_DATA_DIR: path.join(root, ".data/e2e"),
        NEXTAUTH_URL: baseURL,
      },
    },
  );
  const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(output)?.[0] ?? "";
  expect(link).not.toBe("");
  await page.goto(link);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.waitForURL(/\/sign-in\?notice=password-reset/);
  await signIn(page, account.email, NEW_PASSWORD);
  await page.waitForURL(/\/tonight/);
  await page.goto(link);
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});
