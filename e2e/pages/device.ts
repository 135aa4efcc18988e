import { expect, type Page } from "@playwright/test";

// What this browser keeps for the person (service worker, kept pages, outbox), read from a page.

/**
 * Waits until the service worker is active (so the next navigation goes through it, even when
 * this page loaded before it took over) and the offline pages are kept. Polled
 * through `page.evaluate`, which awaits the check: `waitForFunction` takes the returned promise
 * itself as a truthy answer and would not wait at all.
 */
export async function waitForOfflineReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration?.active?.state !== "activated") return false;
          const cache = await caches.open("backstory-pages");
          const kept = await Promise.all(
            ["/tonight", "/quick-log", "/journal"].map((path) => cache.match(path)),
          );
          return kept.every(Boolean);
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/**
 * How many saves wait in this browser's outbox (lib/offline/outbox/outbox.ts). The database is only
 * opened when it exists: opening it here first would create it without its store.
 */
export async function outboxCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === "backstory-outbox")) return 0;
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open("backstory-outbox");
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const count = db.transaction("entries").objectStore("entries").count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
  });
}
