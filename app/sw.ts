/// <reference lib="webworker" />
// The service worker (compiled by app/serwist/[path]/route.ts, served at /serwist/sw.js).
// What it keeps: the app's static files (precached at install), and the signed-in pages a phone
// must open with no network: Tonight, Log pain and the Journal's first page. Nothing else: no
// API response, no share page, no export. The page clears the kept pages at sign-out
// (components/offline/device-guard.tsx), so they never outlive the session that fetched them.
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { NetworkFirst, NetworkOnly, Serwist } from "serwist";
import { OFFLINE_PAGES, OUTBOX_SYNC_TAG, PAGES_CACHE } from "@/lib/offline/device/pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const isOfflinePage = (url: URL) => (OFFLINE_PAGES as readonly string[]).includes(url.pathname);

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // A full page load of Tonight, Log pain or the Journal: the network when it answers within
      // 4 s, else the copy from the last visit. Only a real page is kept: never a redirect (to
      // sign-in), an error or a filtered view of the journal.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && isOfflinePage(url) && url.search === "",
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 4,
        plugins: [
          {
            cacheWillUpdate: async ({ response }) =>
              response.status === 200 && !response.redirected ? response : null,
          },
        ],
      }),
    },
    // Everything else that is not a precached static file goes to the network, uncached.
    { matcher: () => true, handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();

type Reminder = { title?: string; body?: string; url?: string };

// A reminder from the server (lib/reminders/sending/mutations.ts): shown as a notification; a tap opens Tonight.
self.addEventListener("push", (event) => {
  let reminder: Reminder = {};
  try {
    reminder = (event.data?.json() as Reminder | undefined) ?? {};
  } catch {
    // An unreadable payload still gets the standard reminder.
  }
  event.waitUntil(
    self.registration.showNotification(reminder.title ?? "Backstory", {
      body: reminder.body ?? "A minute for tonight's check-in?",
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      tag: "backstory-reminder",
      data: { url: reminder.url ?? "/tonight" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(String(event.notification.data?.url ?? "/tonight"), self.location.origin);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(self.clients.openWindow(url.href));
});

// Background Sync (lib/offline/outbox/outbox.ts registers it when a save is kept on the phone): when the
// connection is back, wake the open pages, which send the outbox with the person's session (the
// worker itself holds no session and reads no outbox).
self.addEventListener("sync", (event) => {
  const sync = event as ExtendableEvent & { tag?: string };
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    self.clients.matchAll({ type: "window" }).then((clients) => {
      for (const client of clients) client.postMessage(OUTBOX_SYNC_TAG);
    }),
  );
});
