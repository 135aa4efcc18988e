"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { noteDeviceUser, warmOfflinePages } from "@/lib/offline/device/device";
import { OUTBOX_SYNC_TAG } from "@/lib/offline/device/pages";
import type { SyncResult } from "@/lib/offline/outbox/sync";

// What the outbox reports; loaded only when there is something to say (React's lazy rather than
// next/dynamic, whose loader would add to every page's first load).
const OutboxNotice = lazy(() =>
  import("./outbox-notice").then((m) => ({ default: m.OutboxNotice })),
);

function afterLoadAndIdle() {
  return new Promise<void>((resolve) => {
    const whenIdle = () =>
      "requestIdleCallback" in window
        ? window.requestIdleCallback(() => resolve(), { timeout: 3000 })
        : setTimeout(resolve, 500);
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
  });
}

/**
 * On every page: registers the service worker for a signed-in person, keeps their pages for
 * offline use, and sends what was saved on the phone while offline (now, when the connection
 * returns, and when the worker's Background Sync wakes it). Signed out, the kept pages go; when
 * someone else signs in, the previous person's kept pages and outbox go.
 */
export function DeviceGuard({ userId }: { userId: string | null }) {
  const [result, setResult] = useState<SyncResult | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const send = async () => {
      if (!userId) return;
      const { sendOutbox } = await import("@/lib/offline/outbox/sync");
      const next = await sendOutbox(userId);
      if (!isCurrent) return;
      // What this page has sent adds up; what waits or conflicts is as the last try left it.
      setResult((previous) => ({ ...next, sent: (previous?.sent ?? 0) + next.sent }));
    };
    const sendQuietly = () => {
      send().catch(() => {
        // No storage here: nothing was kept to send.
      });
    };
    const onMessage = (event: MessageEvent) => {
      if (event.data === OUTBOX_SYNC_TAG) sendQuietly();
    };
    window.addEventListener("online", sendQuietly);
    navigator.serviceWorker?.addEventListener("message", onMessage);
    (async () => {
      const isOtherPerson = await noteDeviceUser(userId);
      if (isOtherPerson) await (await import("@/lib/offline/outbox/outbox")).clearOutbox();
      if (!userId || !isCurrent) return;
      await send();
      if (!("serviceWorker" in navigator)) return;
      // The worker's install (it fetches every static file) and the kept pages wait until the
      // page has loaded and the phone is idle: they must not compete with the first paint and
      // the first tap on a slow phone and connection.
      await afterLoadAndIdle();
      if (!isCurrent) return;
      await navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      if (isCurrent) await warmOfflinePages();
    })().catch(() => {
      // No worker or no storage (private mode, storage full): the app works online as before.
    });
    return () => {
      isCurrent = false;
      window.removeEventListener("online", sendQuietly);
      navigator.serviceWorker?.removeEventListener("message", onMessage);
    };
  }, [userId]);

  const hasNews =
    result !== null && (result.sent > 0 || result.waiting > 0 || result.conflicts.length > 0);
  return (
    <div role="status">
      {hasNews ? (
        <Suspense fallback={null}>
          <OutboxNotice result={result} />
        </Suspense>
      ) : null}
    </div>
  );
}
