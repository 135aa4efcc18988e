import { generate } from "otplib";
import { expect, newClientPage, test } from "./fixtures";

test("two-step sign-in: set up in Settings, then asked for at sign-in", async ({
  page,
  account,
  browser,
}) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Two-step sign-in" });
  await section.getByLabel("Your password").fill(account.password);
  await section.getByRole("button", { name: "Set up two-step sign-in" }).click();
  const key = (await section.locator("code.totp-key").textContent()) ?? "";
  const secret = key.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await section.getByLabel("The 6-digit code your app shows").fill("000000");
  await section.getByRole("button", { name: "Turn two-step sign-in on" }).click();
  await expect(section.getByText(/didn't match/)).toBeVisible();
  await section.getByLabel("The 6-digit code your app shows").fill(await generate({ secret }));
  await section.getByRole("button", { name: "Turn two-step sign-in on" }).click();
  await expect(section.getByText("Two-step sign-in is on.")).toBeVisible();

  const phone = await newClientPage(browser);
  await phone.page.goto("/sign-in");
  await phone.page.getByLabel("Email").fill(account.email);
  await phone.page.getByLabel("Password").fill(account.password);
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  const code = phone.page.getByLabel("Code from your app, or a recovery code");
  await expect(code).toBeVisible();
  await expect(phone.page).toHaveURL(/\/sign-in/);
  // A code from the next time step: the one used to turn it on cannot be used again.
  await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  await phone.page.waitForURL(/\/tonight/);
  await phone.context.close();
});
