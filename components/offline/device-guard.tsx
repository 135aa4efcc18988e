"use client";

import { useEffect } from "react";
import { noteDeviceUser, warmOfflinePages } from "@/lib/offline/device";

/**
 * On every page: registers the service worker for a signed-in person and keeps their pages for
 * offline use; signed out, or someone else signed in, the kept pages are deleted at once.
 * Renders nothing.
 */
export function DeviceGuard({ userId }: { userId: string | null }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let isCurrent = true;
    (async () => {
      await noteDeviceUser(userId);
      if (!userId || !isCurrent) return;
      await navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      if (isCurrent) await warmOfflinePages();
    })().catch(() => {
      // No worker (private mode, storage full): the app works online as before.
    });
    return () => {
      isCurrent = false;
    };
  }, [userId]);
  return null;
}
