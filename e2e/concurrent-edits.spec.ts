import type { Browser, Page } from "@playwright/test";
import {
  type Account,
  createAccount,
  expect,
  expectNoAxeViolations,
  newClientPage,
  signInOverHttp,
  test,
} from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";
import { outboxCount } from "./pages/device";

/** The same person on a second device: another browser context, signed in over HTTP. */
async function secondDevice(browser: Browser, account: Account) {
  const device = await newClientPage(browser);
  await signInOverHttp(device.page, account);
  return device;
}

const conflict = (page: Page) => page.getByRole("region", { name: "Changed elsewhere" });

test.use({ viewport: { width: 375, height: 800 } });

test("a check-in saved on two devices: the second sees both and chooses", async ({ browser }) => {
  const phone = await newClientPage(browser);
  const account = await createAccount(phone.page);
  const laptop = await secondDevice(browser, account);
  const onPhone = new CheckInPage(phone.page);
  const onLaptop = new CheckInPage(laptop.page);
  await onPhone.goto();
  await onLaptop.goto();
  await onPhone.openYourDay();
  await onLaptop.openYourDay();

  await onPhone.rate("Morning", 6);
  await onPhone.note.fill("Typed on the phone");
  await onPhone.save();

  await onLaptop.rate("Morning", 3);
  await onLaptop.note.fill("Typed on the laptop");
  await onLaptop.saveButton.click();
  const choice = conflict(laptop.page);
  await expect(choice).toBeVisible();
  await expect(laptop.page.getByText(/changed in another tab or on another device/)).toBeVisible();
  await expect(choice.getByTestId("conflict-theirs")).toContainText("Typed on the phone");
  await expect(choice.getByTestId("conflict-theirs")).toContainText("6 out of 10");
  await expect(choice.getByTestId("conflict-mine")).toContainText("Typed on the laptop");
  await expect(choice.getByTestId("conflict-mine")).toContainText("3 out of 10");
  await expectNoAxeViolations(laptop.page);

  // "Use the saved one" shows the phone's check-in in the form; nothing was overwritten.
  await choice.getByRole("button", { name: "Use the saved one" }).click();
  await expect(choice).toBeHidden();
  await expect(onLaptop.note).toHaveValue("Typed on the phone");
  await expect(onLaptop.intensity("Morning", 6)).toBeChecked();
  await onLaptop.note.fill("Typed on the phone, then the laptop");
  await onLaptop.save();

  // The phone still has the first version open: its next save is refused too, and this time
  // the person keeps their own.
  await onPhone.note.fill("Phone again");
  await onPhone.saveButton.click();
  await expect(conflict(phone.page).getByTestId("conflict-theirs")).toContainText(
    "Typed on the phone, then the laptop",
  );
  await conflict(phone.page).getByRole("button", { name: "Save mine over it" }).click();
  await expect(phone.page.getByText(/^Saved for /)).toBeVisible();

  await laptop.page.reload();
  await expect(onLaptop.note).toHaveValue("Phone again");
  await phone.context.close();
  await laptop.context.close();
});

test("a save whose answer was lost is stored once when sent again", async ({ page, account }) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Evening", 4);
  await checkIn.openYourDay();
  await checkIn.note.fill("Sent twice");
  // The first save reaches the server and is stored, but its answer never arrives.
  let isFirst = true;
  await page.route("**/tonight", async (route) => {
    if (route.request().method() !== "POST" || !isFirst) return route.continue();
    isFirst = false;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await checkIn.saveButton.click();
  // No answer: kept on this device to be sent again (e2e/phone-outbox.spec.ts).
  await expect(page.getByText(/^Saved on this phone — it will be sent/)).toBeVisible();
  await checkIn.save();
  // Not "changed elsewhere": the retry carried the same request id, so it was recognised.
  await expect(conflict(page)).toHaveCount(0);
  // The kept copy is sent too (Background Sync at once, or the next page), with that request
  // id: still stored once.
  await page.goto("/journal");
  await expect.poll(() => outboxCount(page)).toBe(0);
  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("Sent twice");
});

test("a life event changed on two devices: the second keeps theirs after seeing both", async ({
  browser,
}) => {
  const first = await newClientPage(browser);
  const account = await createAccount(first.page);
  await first.page.goto("/reflect/onset");
  const add = first.page.getByRole("region", { name: "Add a life event" });
  await add.getByLabel("Date").fill("2026-01-15");
  await add.getByLabel("Kind of event").selectOption("WORK");
  await add.getByLabel("What happened").fill("New job");
  await add.getByRole("button", { name: "Add event" }).click();
  await expect(add.getByText("Added “New job”.")).toBeVisible();

  const second = await secondDevice(browser, account);
  await second.page.goto("/reflect/onset");
  for (const { page } of [first, second]) {
    await page
      .getByRole("region", { name: "Your life events" })
      .getByText("Change “New job”")
      .click();
  }
  const events = (page: Page) => page.getByRole("region", { name: "Your life events" });

  await events(first.page).getByLabel("What happened").fill("New job at the library");
  await events(first.page).getByRole("button", { name: "Save changes" }).click();
  await expect(events(first.page).getByText("Saved.")).toBeVisible();

  await events(second.page).getByLabel("What happened").fill("New job, long commute");
  await events(second.page).getByLabel("Private note (optional)").fill("Two hours a day");
  await events(second.page).getByRole("button", { name: "Save changes" }).click();
  const choice = conflict(second.page);
  await expect(choice.getByTestId("conflict-theirs")).toContainText("New job at the library");
  await expect(choice.getByTestId("conflict-mine")).toContainText("New job, long commute");
  await expect(choice.getByTestId("conflict-mine")).toContainText("Two hours a day");
  await choice.getByRole("button", { name: "Save mine over it" }).click();
  await expect(events(second.page).getByText("Saved.")).toBeVisible();

  await first.page.reload();
  await expect(events(first.page)).toContainText("New job, long commute");
  await expect(events(first.page)).not.toContainText("New job at the library");
  await first.context.close();
  await second.context.close();
});

test("a reflection answer changed on two devices: the second sees both answers and takes the saved one", async ({
  browser,
}) => {
  const laptop = await newClientPage(browser);
  const account = await createAccount(laptop.page);
  // A baseline question is always there to answer, even in an empty journal.
  await laptop.page.goto("/reflect");
  const prompt = laptop.page
    .getByRole("article")
    .filter({ has: laptop.page.getByLabel("Your answer") })
    .first();
  await prompt.getByLabel("Your answer").fill("Written on the laptop");
  await prompt.getByRole("button", { name: "Save reflection" }).click();
  await laptop.page.waitForURL(/\/reflect\/breathe/);

  const phone = await secondDevice(browser, account);
  const answer = (page: Page) => page.getByRole("article").getByLabel("Your answer");
  for (const { page } of [laptop, phone]) {
    await page.goto("/reflect/history");
    await page.locator("summary").filter({ hasText: /^Edit/ }).click();
    await expect(answer(page)).toHaveValue("Written on the laptop");
  }

  await answer(laptop.page).fill("Changed on the laptop");
  await laptop.page.getByRole("button", { name: "Save changes" }).click();
  await expect(laptop.page.getByText("Saved.", { exact: true })).toBeVisible();

  await answer(phone.page).fill("Changed on the phone");
  await phone.page.getByRole("button", { name: "Save changes" }).click();
  const choice = conflict(phone.page);
  await expect(choice.getByTestId("conflict-theirs")).toContainText("Changed on the laptop");
  await expect(choice.getByTestId("conflict-mine")).toContainText("Changed on the phone");
  await expectNoAxeViolations(phone.page);
  await choice.getByRole("button", { name: "Use the saved one" }).click();
  await expect(choice).toBeHidden();
  await expect(answer(phone.page)).toHaveValue("Changed on the laptop");

  // Nothing was overwritten: the stored answer is the laptop's.
  await laptop.page.reload();
  await expect(laptop.page.getByRole("article")).toContainText("Changed on the laptop");
  await expect(laptop.page.getByRole("article")).not.toContainText("Changed on the phone");
  await laptop.context.close();
  await phone.context.close();
});

test("the onset dates changed on two devices: the second sees both dates and keeps theirs", async ({
  browser,
}) => {
  const laptop = await newClientPage(browser);
  const account = await createAccount(laptop.page);
  const phone = await secondDevice(browser, account);
  for (const { page } of [laptop, phone]) await page.goto("/reflect/onset");
  const began = (page: Page) => page.getByLabel("This pain began on");

  await began(laptop.page).fill("2024-05-01");
  await laptop.page.getByRole("button", { name: "Save dates" }).click();
  await expect(laptop.page.getByText("Saved.", { exact: true })).toBeVisible();

  await began(phone.page).fill("2023-09-15");
  await phone.page.getByRole("button", { name: "Save dates" }).click();
  const choice = conflict(phone.page);
  await expect(choice.getByTestId("conflict-theirs")).toContainText("1 May 2024");
  await expect(choice.getByTestId("conflict-mine")).toContainText("15 Sep");
  await choice.getByRole("button", { name: "Save mine over it" }).click();
  await expect(phone.page.getByText("Saved.", { exact: true })).toBeVisible();

  await laptop.page.reload();
  await expect(began(laptop.page)).toHaveValue("2023-09-15");
  await laptop.context.close();
  await phone.context.close();
});
