import { OFFLINE_PAGES, PAGES_CACHE } from "./pages";

// Browser-only helpers for what this device keeps of a person: the offline copies of pages
// (CacheStorage). Never imported by server code.

const DEVICE_USER_KEY = "backstory:device-user";

/** Deletes every page this device kept for offline use. */
export async function clearOfflinePages() {
  if ("caches" in window) await caches.delete(PAGES_CACHE);
}

/**
 * Called on every page load with who is signed in (null: nobody). Signed out, or someone else
 * than last time: the kept pages go at once, so no one opens another person's journal offline.
 * Returns true when the person changed (the caller then also clears the outbox). A page loaded
 * signed out keeps the outbox: its entries belong to the person recorded with them, are sent only
 * with their session, and go when anyone else signs in here.
 */
export async function noteDeviceUser(userId: string | null): Promise<boolean> {
  const previous = window.localStorage.getItem(DEVICE_USER_KEY);
  if (userId === null) {
    await clearOfflinePages();
    return false;
  }
  const isOtherPerson = previous !== null && previous !== userId;
  if (isOtherPerson) await clearOfflinePages();
  window.localStorage.setItem(DEVICE_USER_KEY, userId);
  return isOtherPerson;
}

/** Whose session this device last had (the outbox tags what it keeps with it). */
export function deviceUserId(): string | null {
  return window.localStorage.getItem(DEVICE_USER_KEY);
}

/** Forgets the device's person (at sign-out, after clearing what was kept). */
export function forgetDeviceUser() {
  window.localStorage.removeItem(DEVICE_USER_KEY);
}

/**
 * Fetches the offline pages not kept yet, so they open offline even before their first visit.
 * Only real pages are kept (not a redirect to sign-in).
 */
export async function warmOfflinePages() {
  if (!("caches" in window)) return;
  const cache = await caches.open(PAGES_CACHE);
  for (const path of OFFLINE_PAGES) {
    if (await cache.match(path)) continue;
    const response = await fetch(path, { credentials: "same-origin" });
    if (response.status === 200 && !response.redirected) await cache.put(path, response);
  }
}
