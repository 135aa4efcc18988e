import "server-only";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { isMailConfigured } from "@/lib/mail";
import { requireUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time-zone";
import { calendarFeed } from "./calendar-feed/calendar";
import { hashCalendarToken, isWellFormedCalendarToken } from "./calendar-feed/tokens";
import { getCalendarFeedByTokenHash, getReminderSettings, listPushDevices } from "./data";

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

/**
 * The calendar feed a token opens, or null (answered 404) for an unknown, revoked or malformed
 * token: one indexed lookup by the token's hash. The token is the only credential (calendar apps
 * send no cookies), so nothing but the reminder time and zone is read.
 */
export async function openCalendarFeed({ token }: { token: string }): Promise<string | null> {
  const bare = token.replace(/\.ics$/, "");
  if (!isWellFormedCalendarToken(bare)) return null;
  const tokenHash = hashCalendarToken(bare);
  const feed = await getCalendarFeedByTokenHash({ tokenHash });
  if (!feed) return null;
  return calendarFeed({
    feedId: tokenHash.slice(0, 16),
    timeZone: feed.timeZone,
    dailyMinute: feed.dailyMinute,
    today: journalDateFor(new Date(), feed.timeZone),
  });
}
