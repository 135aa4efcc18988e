import { clearOfflinePages, forgetDeviceUser } from "@/lib/offline/device";
import { removeThisPushDeviceAction } from "@/lib/reminders/actions";

/**
 * What signing out on this device removes, before the session ends (the push device can only be
 * removed while signed in): this browser's push subscription, the kept pages, and whose they were.
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
  forgetDeviceUser();
}
