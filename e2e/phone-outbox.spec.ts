import {
  createAccount,
  expect,
  expectNoAxeViolations,
  newClientPage,
  signInOverHttp,
  test,
} from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";
import { outboxCount, waitForOfflineReady } from "./pages/device";

// Saves made with no connection (Pixel 7 project): kept on the phone, sent once when back online,
// never applied over a newer edit made elsewhere, and gone at sign-out.

const SAVED_ON_PHONE = "Saved on this phone — it will be sent when you are back online.";

test("a check-in and a quick log made offline are kept, and reach the journal once when back online", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await waitForOfflineReady(page);

  await context.setOffline(true);
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Evening", 3);
  await checkIn.saveButton.tap();
  await expect(page.getByText(SAVED_ON_PHONE)).toBeVisible();
  // Changed and saved again, still offline: the newer copy replaces the unsent one (sending
  // both would make the second look like an edit made elsewhere).
  await checkIn.rate("Evening", 4);
  await checkIn.saveButton.tap();
  await expect(page.getByText(SAVED_ON_PHONE)).toBeVisible();
  expect(await outboxCount(page)).toBe(1);
  await page.goto("/quick-log");
  await page.getByRole("radio", { name: /^6\b/ }).check();
  await page.getByRole("button", { name: "Log it" }).tap();
  await expect(page.getByText(SAVED_ON_PHONE)).toBeVisible();
  expect(await outboxCount(page)).toBe(2);

  // Closing the tab loses nothing: the saves wait in this browser's storage.
  await page.close();
  const later = await context.newPage();
  await later.goto("/journal");
  await expect(
    later.getByText("2 entries are saved on this phone, waiting to be sent."),
  ).toBeVisible();
  await expect(later.getByRole("article")).toHaveCount(0);

  // The connection returns: the open page sends them (the "online" event, or Background Sync).
  await context.setOffline(false);
  await expect(later.getByText("Sent 2 entries saved on this phone.")).toBeVisible();
  expect(await outboxCount(later)).toBe(0);
  await later.reload();
  const day = later.getByRole("article");
  await expect(day).toHaveCount(1);
  await expect(day.getByRole("list", { name: "Pain by part of day" })).toContainText("4 out of 10");
  await expect(day.getByText(/Quick log at \d\d:\d\d: 6 out of 10/)).toHaveCount(1);

  // Opening the app again sends nothing twice.
  await later.goto("/tonight");
  await later.goto("/journal");
  await expect(later.getByRole("article")).toHaveCount(1);
  await expect(later.getByText(/Quick log at \d\d:\d\d: 6 out of 10/)).toHaveCount(1);
});

test("a check-in kept offline that changed on another device meanwhile: the other stays, both can be compared", async ({
  page,
  context,
  account,
  browser,
}) => {
  const phone = new CheckInPage(page);
  await phone.goto();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await phone.goto();
  await phone.rate("Morning", 7);
  await phone.openYourDay();
  await phone.note.fill("Typed on the phone, offline");
  await phone.saveButton.tap();
  await expect(page.getByText(SAVED_ON_PHONE)).toBeVisible();

  const laptop = await newClientPage(browser);
  await signInOverHttp(laptop.page, account);
  const onLaptop = new CheckInPage(laptop.page);
  await onLaptop.goto();
  await onLaptop.rate("Morning", 3);
  await onLaptop.openYourDay();
  await onLaptop.note.fill("Typed on the laptop");
  await onLaptop.save();

  await context.setOffline(false);
  const notice = page.getByText(/was not sent: it had been changed on another device/);
  await expect(notice).toBeVisible();
  // The other device's version is the one stored; the phone's waits on the phone.
  await laptop.page.goto("/journal");
  await expect(laptop.page.getByRole("article")).toContainText("Typed on the laptop");
  await expect(laptop.page.getByRole("article")).not.toContainText("Typed on the phone");
  expect(await outboxCount(page)).toBe(1);

  await page.getByRole("link", { name: /^Compare the two for / }).tap();
  const choice = page.getByRole("region", { name: "Changed elsewhere" });
  await expect(choice.getByTestId("conflict-theirs")).toContainText("Typed on the laptop");
  await expect(choice.getByTestId("conflict-theirs")).toContainText("3 out of 10");
  await expect(choice.getByTestId("conflict-mine")).toContainText("Typed on the phone, offline");
  await expect(choice.getByTestId("conflict-mine")).toContainText("7 out of 10");
  await expect(page.getByText(/saved on this phone while offline, was not sent/)).toBeVisible();
  await expectNoAxeViolations(page);

  await choice.getByRole("button", { name: "Save mine over it" }).tap();
  await expect(page.getByText(/^Saved for /)).toBeVisible();
  expect(await outboxCount(page)).toBe(0);
  await laptop.page.reload();
  await expect(laptop.page.getByRole("article")).toHaveCount(1);
  await expect(laptop.page.getByRole("article")).toContainText("Typed on the phone, offline");
  await laptop.context.close();
});

test("signing out clears what waits on the phone, even what could not be sent", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await checkIn.goto();
  await checkIn.rate("Night", 5);
  await checkIn.saveButton.tap();
  await expect(page.getByText(SAVED_ON_PHONE)).toBeVisible();

  // Back online, but every save is lost on the way (the server never answers a server action).
  await page.route("**/*", (route) =>
    route.request().headers()["next-action"] ? route.abort("connectionreset") : route.continue(),
  );
  await context.setOffline(false);
  await page.goto("/more");
  await expect(page.getByText("1 entry is saved on this phone, waiting to be sent.")).toBeVisible();
  expect(await outboxCount(page)).toBe(1);

  await page.getByRole("button", { name: "Sign out" }).tap();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await outboxCount(page)).toBe(0);
  expect(await page.evaluate(() => caches.has("backstory-pages"))).toBe(false);

  // Whoever signs in next on this phone starts with nothing of the last person's.
  await page.unrouteAll();
  await createAccount(page);
  await page.goto("/journal");
  await expect(page.getByRole("article")).toHaveCount(0);
  await expect(page.getByText(/saved on this phone/)).toHaveCount(0);
});
