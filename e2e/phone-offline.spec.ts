import type { BrowserContext } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectNoAxeViolations, newClientPage, signInOverHttp, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";
import { waitForOfflineReady } from "./pages/device";

// Runs in the "phone" project (Pixel 7). The service worker needs no special set-up:
// http://127.0.0.1 counts as a secure context.

test("installable: a complete manifest, icons that load, an active service worker", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = await (await page.request.get(href ?? "")).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining("Backstory"),
    short_name: "Backstory",
    start_url: "/tonight",
    display: "standalone",
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()["content-type"]).toBe("image/png");
    const size = Number(icon.sizes.split("x")[0]);
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  await waitForOfflineReady(page);
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  );
  expect(scope).toBe(new URL("/", page.url()).href);
});

test("offline, Tonight, Log pain and the Journal still open; sign-out clears the device", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Evening", 3);
  await checkIn.save();
  await page.goto("/journal");
  await waitForOfflineReady(page);
  // The journal changed after the page was kept: a visit online refreshes the kept copy.
  await page.reload();

  await context.setOffline(true);
  await page.goto("/tonight");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tonight");
  await page.goto("/quick-log");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log pain now");
  await page.goto("/journal");
  await expect(page.getByRole("article").first()).toContainText("3 out of 10");
  // Pages that were never kept say they need a connection.
  await page.goto("/patterns");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");

  await context.setOffline(false);
  await page.goto("/more");
  await page.getByRole("button", { name: "Sign out" }).tap();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await page.evaluate(() => caches.has("backstory-pages"))).toBe(false);
  await context.setOffline(true);
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await expect(page.locator("body")).not.toContainText("3 out of 10");
  await context.setOffline(false);
});

test("offline, the tab bar still takes a person between Tonight, Log pain and the Journal", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  await page.goto("/tonight");
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  const tabs = page.getByRole("navigation", { name: "Main" });
  for (const [tab, heading] of [
    ["Journal", "Journal"],
    ["Log pain", "Log pain now"],
    ["Tonight", "Tonight"],
  ] as const) {
    await tabs.getByRole("link", { name: tab }).tap();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await tabs.getByRole("link", { name: "Patterns" }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  // The offline page is a page a person reads too: accessible, in light and dark.
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await context.setOffline(false);
});

test("calendar feed: a private link that parses, with no health data, and 404 once revoked", async ({
  page,
  account,
}) => {
  await page.goto("/more");
  await page.getByRole("link", { name: /^Reminders/ }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reminders");
  await page.getByLabel("Remind me at").fill("21:30");
  await page.getByRole("button", { name: "Save reminder time" }).tap();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Create a calendar link" }).tap();
  const link = await page.getByLabel(/Your calendar link/).inputValue();
  expect(link).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

  // A calendar app fetches it without any cookie.
  const response = await page.request.fetch(link, { headers: { cookie: "" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const text = await response.text();
  expect(text).not.toContain(account.email);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [daily, weekly] = calendar.getAllSubcomponents("vevent") as [
    ICAL.Component,
    ICAL.Component,
  ];
  expect((daily.getFirstPropertyValue("rrule") as ICAL.Recur).freq).toBe("DAILY");
  expect(String(daily.getFirstPropertyValue("dtstart"))).toMatch(/T21:30:00Z?$/);
  expect(daily.getFirstProperty("dtstart")?.getParameter("tzid")).toBeTruthy();
  expect(daily.getFirstSubcomponent("valarm")).not.toBeNull();
  expect((weekly.getFirstPropertyValue("rrule") as ICAL.Recur).freq).toBe("WEEKLY");

  await page.getByRole("button", { name: "Revoke the calendar link" }).tap();
  await expect(page.getByRole("button", { name: "Create a calendar link" })).toBeVisible();
  expect((await page.request.fetch(link, { headers: { cookie: "" } })).status()).toBe(404);
});

/**
 * A browser's push subscription, faked in the page: Chromium here cannot reach a real push
 * service. Everything else is real: the permission, the worker, the server's VAPID public key
 * handed to `subscribe`, the actions that store and remove the device.
 */
async function fakePushService(context: BrowserContext) {
  await context.grantPermissions(["notifications"]);
  await context.addInitScript(() => {
    const KEY = "e2e-push-endpoint";
    const subscription = (endpoint: string) => ({
      endpoint,
      toJSON: () => ({
        endpoint,
        expirationTime: null,
        keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
      }),
      unsubscribe: async () => {
        localStorage.removeItem(KEY);
        return true;
      },
    });
    PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
      const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer);
      localStorage.setItem("e2e-vapid-key", JSON.stringify([key.length, key[0]]));
      const endpoint = `https://push.example.test/${crypto.randomUUID()}`;
      localStorage.setItem(KEY, endpoint);
      return subscription(endpoint) as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async () => {
      const endpoint = localStorage.getItem(KEY);
      return endpoint ? (subscription(endpoint) as unknown as PushSubscription) : null;
    };
  });
}

test("push reminders: turned on per device, listed in Settings, removable, and gone at sign-out", async ({
  page,
  context,
  account,
  browser,
}) => {
  await fakePushService(context);
  await page.goto("/settings/reminders");
  await page.getByRole("button", { name: "Turn on notifications on this device" }).tap();
  await expect(page.getByText("Notifications are on for this device.")).toBeVisible();
  // The server made its VAPID key pair at first start (no VAPID_* set for the e2e server): the
  // browser got an uncompressed P-256 public key.
  expect(await page.evaluate(() => localStorage.getItem("e2e-vapid-key"))).toBe("[65,4]");
  const devices = page.getByRole("region", { name: "Notifications on your devices" });
  await page.reload();
  await expect(devices.getByRole("listitem")).toHaveText([
    /^Chrome on Android \(this device\), added /,
  ]);

  // A second device of the same person (the same make of phone): each has its own line.
  const laptop = await newClientPage(browser);
  await fakePushService(laptop.context);
  await signInOverHttp(laptop.page, account);
  await laptop.page.goto("/settings/reminders");
  await laptop.page.getByRole("button", { name: "Turn on notifications on this device" }).click();
  await expect(laptop.page.getByText("Notifications are on for this device.")).toBeVisible();
  await page.reload();
  await expect(devices.getByRole("listitem")).toHaveCount(2);

  // Removed from the phone's Settings: the other device gets no more reminders, this one still does.
  await devices.getByRole("button", { name: /^Remove Chrome on Android, added/ }).tap();
  await expect(page.getByText("Device removed.")).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveText([
    /^Chrome on Android \(this device\), added /,
  ]);
  await laptop.context.close();

  // Signing out on the phone removes the phone too.
  await page.goto("/more");
  await page.getByRole("button", { name: "Sign out" }).tap();
  await page.waitForURL((url) => url.pathname === "/");
  await signInOverHttp(page, account);
  await page.goto("/settings/reminders");
  await expect(devices.getByText("No device gets push reminders yet.")).toBeVisible();
});

test("share pages and API responses are never kept: not in the worker's caches, no-store, and offline they need the network", async ({
  page,
  context,
  account,
}) => {
  expect(account.email).toContain("@");
  const checkIn = new CheckInPage(page);
  await checkIn.goto();
  await checkIn.rate("Evening", 3);
  await checkIn.save();
  await page.goto("/share");
  await page.getByRole("button", { name: "Create link" }).tap();
  const shared = await page.getByLabel("The link (shown only now; copy it)").inputValue();
  await waitForOfflineReady(page);

  // Visited through the worker: a shared summary, the account API, an export request.
  await page.goto(shared);
  await expect(page.getByRole("heading", { name: "Pain journal summary" })).toBeVisible();
  const answers = await page.evaluate(async () => {
    const me = await fetch("/api/me");
    return { me: me.headers.get("cache-control"), status: me.status };
  });
  expect(answers).toEqual({ me: "no-store", status: 200 });
  const sharedResponse = await page.request.get(shared);
  expect(sharedResponse.headers()["cache-control"]).toBe("no-store");

  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.map((url) => new URL(url).pathname);
  });
  expect(kept).toContain("/journal");
  expect(kept.filter((path) => path.startsWith("/api/") || path.startsWith("/s/"))).toEqual([]);
  // Only the three offline pages are kept among the signed-in pages; everything else kept is a
  // static file of the build (/_next/static, icons, the offline page).
  const pages = kept.filter(
    (path) => !/^\/(_next\/static|icons)\/|\.(html|png|ico|svg)$/.test(path),
  );
  expect(pages.sort()).toEqual(["/journal", "/quick-log", "/tonight"]);

  await context.setOffline(true);
  await page.goto(shared);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await expect(page.locator("body")).not.toContainText("3 out of 10");
  await context.setOffline(false);
});
