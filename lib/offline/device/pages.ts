// Shared by the service worker (app/sw.ts) and the page that clears or warms its cache.

/** The pages a phone opens with no network (their last copy, from this person's session). */
export const OFFLINE_PAGES = ["/tonight", "/quick-log", "/journal"] as const;

/**
 * The Background Sync tag a kept save registers; the worker passes it on to the open pages as a
 * message, and they send the outbox.
 */
export const OUTBOX_SYNC_TAG = "backstory-outbox";

/** The cache of those pages: private, deleted at sign-out and when another person signs in. */
export const PAGES_CACHE = "backstory-pages";
