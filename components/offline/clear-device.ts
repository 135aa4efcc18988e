import { clearOfflinePages, deviceUserId, forgetDeviceUser } from "@/lib/offline/device/device";
import { removeThisPushDeviceAction } from "@/lib/reminders/actions";

/**
 * What signing out on this device removes, before the session ends (the push device can only be
 * removed while signed in): this browser's push subscription, the kept pages, what was saved on
 * the phone and not sent yet, and whose they were.
 */
export async function clearThisDevice() {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    if (subscription) {
      const form = new FormData();
      form.set("endpoint", subscription.endpoint);
      await removeThisPushDeviceAction({ ok: false }, form);
      await subscription.unsubscribe();
    }
  } catch {
    // Offline or no worker: the subscription goes when the push service next reports it gone.
  }
  await clearOfflinePages();
  await sendThenClearOutbox();
  forgetDeviceUser();
}

/**
 * Sends what waits on this phone while the session still exists (signing out needs the
 * connection anyway), then deletes whatever is left (refused, or changed elsewhere), so no one
 * signing in next on this device can see it.
 */
async function sendThenClearOutbox() {
  const userId = deviceUserId();
  try {
    if (userId) await (await import("@/lib/offline/outbox/sync")).sendOutbox(userId);
  } catch {
    // Not sent: it is deleted below all the same.
  }
  try {
    await (await import("@/lib/offline/outbox/outbox")).clearOutbox();
  } catch {
    // No storage in this browser: nothing was kept.
  }
}
