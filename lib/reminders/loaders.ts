import "server-only";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { isMailConfigured } from "@/lib/mail";
import { requireUser } from "@/lib/sessions/loaders";
import { getReminderSettings, listPushDevices } from "./data";

/** Settings → Reminders for the signed-in person (redirects to sign-in otherwise). */
export const loadRemindersPage = cache(async () => {
  const user = await requireUser();
  const [settings, devices] = await Promise.all([
    getReminderSettings({ userId: user.id }),
    listPushDevices({ userId: user.id }),
  ]);
  return {
    timeZone: user.timeZone,
    settings,
    devices,
    vapidPublicKey: getEnv().VAPID_PUBLIC_KEY ?? null,
    isMailConfigured: isMailConfigured(),
  };
});
