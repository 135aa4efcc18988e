import "server-only";
import { createHash } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { DEFAULT_DAILY_MINUTE, formatMinute } from "./timing/schedule";
import type { PushDeviceDTO, ReminderCandidate, ReminderSettingsDTO } from "./types";

/** The person's reminder settings (defaults when they never saved any). */
export async function getReminderSettings({
  userId,
}: {
  userId: string;
}): Promise<ReminderSettingsDTO> {
  const row = await getPrisma().reminderSettings.findUnique({
    where: { userId },
    select: {
      dailyMinute: true,
      isEmailEnabled: true,
      calendarTokenHash: true,
      calendarCreatedAt: true,
    },
  });
  return {
    time: formatMinute(row?.dailyMinute ?? DEFAULT_DAILY_MINUTE),
    isEmailEnabled: row?.isEmailEnabled ?? false,
    hasCalendarLink: Boolean(row?.calendarTokenHash),
    calendarCreatedAt: row?.calendarCreatedAt?.toISOString() ?? null,
  };
}

/** The person's devices that receive push reminders, newest first. */
export async function listPushDevices({ userId }: { userId: string }): Promise<PushDeviceDTO[]> {
  const rows = await getPrisma().pushDevice.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true, lastSentAt: true, endpoint: true },
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    endpointHash: createHash("sha256").update(row.endpoint).digest("hex"),
    createdAt: row.createdAt.toISOString(),
    lastSentAt: row.lastSentAt?.toISOString() ?? null,
  }));
}

/**
 * What a calendar feed needs, found by the hash of its token in one lookup; null for an unknown
 * or revoked link. Returns the zone and time only: the feed holds no health data and no names.
 */
export async function getCalendarFeedByTokenHash({ tokenHash }: { tokenHash: string }) {
  const row = await getPrisma().reminderSettings.findUnique({
    where: { calendarTokenHash: tokenHash },
    select: { dailyMinute: true, user: { select: { timeZone: true } } },
  });
  return row ? { dailyMinute: row.dailyMinute, timeZone: row.user.timeZone } : null;
}

/**
 * Everyone with a reminder channel that the scheduler sends (email on, or a push device). The
 * scheduler's own read, across people: it decides per person from these fields alone.
 */
export async function listReminderCandidates(): Promise<ReminderCandidate[]> {
  return getPrisma().$queryRaw<ReminderCandidate[]>`
    SELECT u.id AS "userId", u.email, u."timeZone",
           coalesce(s."dailyMinute", ${DEFAULT_DAILY_MINUTE}) AS "dailyMinute",
           coalesce(s."isEmailEnabled", false) AS "isEmailEnabled",
           EXISTS (SELECT 1 FROM "PushDevice" d WHERE d."userId" = u.id) AS "hasPushDevices"
    FROM "User" u LEFT JOIN "ReminderSettings" s ON s."userId" = u.id
    WHERE s."isEmailEnabled" OR EXISTS (SELECT 1 FROM "PushDevice" d WHERE d."userId" = u.id)`;
}

/** Whether the person already checked in for the journal date. */
export async function hasCheckInOn({ userId, date }: { userId: string; date: string }) {
  const row = await getPrisma().checkIn.findUnique({
    where: { userId_date: { userId, date: toDbDate(date) } },
    select: { id: true },
  });
  return row !== null;
}

/** The push endpoints of one person, for sending. */
export async function listPushTargets({ userId }: { userId: string }) {
  return getPrisma().pushDevice.findMany({
    where: { userId },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
}
