import "server-only";
import type { Agent } from "node:https";
import webpush from "web-push";
import { getEnv } from "@/lib/env";
import { isMailConfigured, sendMail } from "@/lib/mail";
import { addDays } from "@/lib/time";
import { journalDateFor } from "@/lib/time-zone";
import { hasCheckInOn, listPushTargets, listReminderCandidates } from "../data";
import { claimReminder, pruneSentReminders, recordPushResult, releaseReminder } from "../mutations";
import { dueReminderDate } from "../timing/schedule";
import type { ReminderCandidate } from "../types";

/** What a reminder says: no health data, no names (it may show on a locked screen). */
export const PUSH_PAYLOAD = JSON.stringify({
  title: "Backstory",
  body: "A minute for tonight's check-in?",
  url: "/tonight",
});

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/**
 * Sends one encrypted push message (RFC 8291, aes128gcm) signed with the server's VAPID keys.
 * `isGone` means the push service has forgotten the subscription (404/410): remove the device.
 */
export async function sendPush({
  target,
  payload = PUSH_PAYLOAD,
  agent,
}: {
  target: PushTarget;
  payload?: string;
  /** An HTTPS agent, e.g. one that trusts a test push service's own certificate. */
  agent?: Agent;
}): Promise<{ ok: boolean; isGone: boolean }> {
  const env = getEnv();
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) {
    throw new Error("Push is not configured (no VAPID keys).");
  }
  try {
    await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        TTL: 4 * 60 * 60,
        ...(agent ? { agent } : {}),
        urgency: "normal",
        vapidDetails: {
          subject: env.VAPID_SUBJECT,
          publicKey: env.VAPID_PUBLIC_KEY,
          privateKey: env.VAPID_PRIVATE_KEY,
        },
      },
    );
    return { ok: true, isGone: false };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    return { ok: false, isGone: status === 404 || status === 410 };
  }
}

export type Senders = {
  push: (target: PushTarget) => Promise<{ ok: boolean; isGone: boolean }>;
  mail: ((message: { to: string; subject: string; text: string }) => Promise<unknown>) | null;
};

export type RoundResult = { userId: string; channel: "PUSH" | "EMAIL"; date: string }[];

function defaultSenders(): Senders {
  return {
    push: (target) => sendPush({ target }),
    mail: isMailConfigured() ? sendMail : null,
  };
}

function reminderEmail(baseUrl: string | undefined) {
  return {
    subject: "Backstory: tonight's check-in",
    text: [
      `A minute for tonight's check-in${baseUrl ? `: ${new URL("/tonight", baseUrl)}` : "."}`,
      "",
      "You get this because email reminders are on in Backstory (Settings → Reminders); turn them off there.",
    ].join("\n"),
  };
}

async function remindOne({
  person,
  now,
  senders,
}: {
  person: ReminderCandidate;
  now: Date;
  senders: Senders;
}): Promise<RoundResult> {
  const sent: RoundResult = [];
  const date = dueReminderDate({ now, dailyMinute: person.dailyMinute, timeZone: person.timeZone });
  if (!date || (await hasCheckInOn({ userId: person.userId, date }))) return sent;
  const { userId } = person;
  if (person.hasPushDevices && (await claimReminder({ userId, channel: "PUSH", date }))) {
    let isDelivered = false;
    let isWorthRetrying = false;
    for (const target of await listPushTargets({ userId })) {
      const result = await senders.push(target);
      await recordPushResult({ id: target.id, isGone: result.isGone });
      isDelivered ||= result.ok;
      isWorthRetrying ||= !result.ok && !result.isGone;
    }
    if (isDelivered) sent.push({ userId, channel: "PUSH", date });
    else if (isWorthRetrying) await releaseReminder({ userId, channel: "PUSH", date });
  }
  if (
    person.isEmailEnabled &&
    senders.mail &&
    (await claimReminder({ userId, channel: "EMAIL", date }))
  ) {
    try {
      await senders.mail({ to: person.email, ...reminderEmail(getEnv().NEXTAUTH_URL) });
    } catch (error) {
      // Not sent (the mail server refused or was down): the next round tries again.
      await releaseReminder({ userId, channel: "EMAIL", date });
      throw error;
    }
    sent.push({ userId, channel: "EMAIL", date });
  }
  return sent;
}

/**
 * One pass of the scheduler: for everyone whose reminder time has come (within the catch-up
 * window) and who has not checked in for that night, claim and send each channel once. A claim
 * is a row in SentReminder, so two servers on one database never both send.
 */
export async function runReminderRound({
  now = new Date(),
  senders = defaultSenders(),
}: {
  now?: Date;
  senders?: Senders;
} = {}): Promise<RoundResult> {
  const sent: RoundResult = [];
  for (const person of await listReminderCandidates()) {
    try {
      sent.push(...(await remindOne({ person, now, senders })));
    } catch (error) {
      // One person's failure must not stop the others; the log names no one and no address.
      const code = (error as { code?: string }).code ?? (error as Error).name;
      console.error(`[backstory] a reminder could not be sent (${code})`);
    }
  }
  await pruneSentReminders({ before: addDays(journalDateFor(now, "UTC"), -7) });
  return sent;
}

/**
 * Runs a round every minute inside this server process (no external cron). State lives in the
 * database, so a restart loses nothing: a reminder missed while stopped goes out on the next
 * round if its time was less than two hours ago.
 */
export function startReminderScheduler({ intervalMs = 60_000 }: { intervalMs?: number } = {}) {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await runReminderRound();
    } catch (error) {
      // No person's data in the message: only what failed.
      console.error(`[backstory] reminder round failed: ${(error as Error).message}`);
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const first = setTimeout(tick, 5_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
