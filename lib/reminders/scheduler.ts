import "server-only";
import { getEnv } from "@/lib/env";
import { isMailConfigured, sendMail } from "@/lib/mail";
import { addDays, journalDateFor } from "@/lib/time";
import { hasCheckInOn, listPushTargets, listReminderCandidates } from "./data";
import { claimReminder, pruneSentReminders, recordPushResult } from "./mutations";
import { type PushTarget, sendPush } from "./push";
import { dueReminderDate } from "./schedule";
import type { ReminderCandidate } from "./types";

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
    for (const target of await listPushTargets({ userId })) {
      const result = await senders.push(target);
      await recordPushResult({ id: target.id, isGone: result.isGone });
    }
    sent.push({ userId, channel: "PUSH", date });
  }
  if (
    person.isEmailEnabled &&
    senders.mail &&
    (await claimReminder({ userId, channel: "EMAIL", date }))
  ) {
    await senders.mail({ to: person.email, ...reminderEmail(getEnv().NEXTAUTH_URL) });
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
