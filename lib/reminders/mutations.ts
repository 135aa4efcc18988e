import "server-only";
import type { ReminderChannel } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { createCalendarToken, hashCalendarToken } from "./calendar-feed/tokens";
import type { PushSubscriptionInput, ReminderSettingsInput } from "./schema";

/** Saves the daily time and whether email reminders are on. */
export async function saveReminderSettings({
  userId,
  input,
}: {
  userId: string;
  input: ReminderSettingsInput;
}) {
  const data = { dailyMinute: input.time, isEmailEnabled: input.isEmailEnabled };
  await getPrisma().reminderSettings.upsert({
    where: { userId },
    create: { userId, ...data },
    update: data,
  });
}

/**
 * Creates the private calendar link, replacing any earlier one (which stops working at once),
 * and returns its token: the only time it exists outside the person's calendar app.
 */
export async function createCalendarLink({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}) {
  const token = createCalendarToken();
  const data = { calendarTokenHash: hashCalendarToken(token), calendarCreatedAt: now };
  await getPrisma().reminderSettings.upsert({
    where: { userId },
    create: { userId, ...data },
    update: data,
  });
  return token;
}

/** Revokes the calendar link: its address answers 404 from now on. */
export async function revokeCalendarLink({ userId }: { userId: string }) {
  await getPrisma().reminderSettings.updateMany({
    where: { userId },
    data: { calendarTokenHash: null, calendarCreatedAt: null },
  });
}

/**
 * Adds this browser as a push device, or takes the endpoint over for this person (a browser
 * signed in by someone else before gets a fresh subscription endpoint per person anyway).
 */
export async function addPushDevice({
  userId,
  subscription,
}: {
  userId: string;
  subscription: PushSubscriptionInput;
}) {
  const data = {
    userId,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    label: subscription.label,
  };
  await getPrisma().pushDevice.upsert({
    where: { endpoint: subscription.endpoint },
    create: { endpoint: subscription.endpoint, ...data },
    update: data,
  });
}

/** Removes one of the person's push devices; false when it is not theirs (or gone). */
export async function removePushDevice({ userId, id }: { userId: string; id: string }) {
  const { count } = await getPrisma().pushDevice.deleteMany({ where: { id, userId } });
  return count > 0;
}

/** Removes the push device with this endpoint, if it is the person's (sign-out on that device). */
export async function removePushDeviceByEndpoint({
  userId,
  endpoint,
}: {
  userId: string;
  endpoint: string;
}) {
  await getPrisma().pushDevice.deleteMany({ where: { endpoint, userId } });
}

/**
 * Claims the reminder of one person, channel and journal date for sending. Exactly one caller
 * gets true, whichever server it runs on: the row's primary key decides.
 */
export async function claimReminder({
  userId,
  channel,
  date,
}: {
  userId: string;
  channel: ReminderChannel;
  date: string;
}): Promise<boolean> {
  const claimed = await getPrisma().$executeRaw`
    INSERT INTO "SentReminder" ("userId", channel, "localDate")
    VALUES (${userId}::uuid, ${channel}::"ReminderChannel", ${date}::date)
    ON CONFLICT DO NOTHING`;
  return claimed === 1;
}

/**
 * Gives a claim back when nothing could be sent (the mail server or every push service failed),
 * so a later round, within the reminder's two-hour window, tries again.
 */
export async function releaseReminder({
  userId,
  channel,
  date,
}: {
  userId: string;
  channel: ReminderChannel;
  date: string;
}) {
  await getPrisma().sentReminder.deleteMany({
    where: { userId, channel, localDate: toDbDate(date) },
  });
}

/** After a push: when it last reached the device, or the device gone (404/410 from the service). */
export async function recordPushResult({ id, isGone }: { id: string; isGone: boolean }) {
  if (isGone) await getPrisma().pushDevice.deleteMany({ where: { id } });
  else await getPrisma().pushDevice.updateMany({ where: { id }, data: { lastSentAt: new Date() } });
}

/** Forgets claims older than a week: they only guard against sending twice on the same night. */
export async function pruneSentReminders({ before }: { before: string }) {
  await getPrisma().sentReminder.deleteMany({ where: { localDate: { lt: toDbDate(before) } } });
}
