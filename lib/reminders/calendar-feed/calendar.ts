import { addDays, weekdayOf } from "@/lib/time";
import { formatMinute } from "../timing/schedule";

// The feed is written out rather than built with a library: two fixed events whose text we
// choose (no names, no health data, nothing a person typed), so no escaping or line folding of
// arbitrary text is needed. Times carry the person's IANA zone as TZID, which calendar apps
// resolve themselves, so the event stays at 21:00 local across DST changes.

const CRLF = "\r\n";
export const CALENDAR_NAME = "Backstory reminders";
export const DAILY_SUMMARY = "Backstory: tonight's check-in";
export const WEEKLY_SUMMARY = "Backstory: look at your week";

function localStamp(date: string, minute: number): string {
  return `${date.replaceAll("-", "")}T${formatMinute(minute).replace(":", "")}00`;
}

function utcStamp(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

function event({
  uid,
  stamp,
  start,
  timeZone,
  rule,
  summary,
  description,
}: {
  uid: string;
  stamp: string;
  start: string;
  timeZone: string;
  rule: string;
  summary: string;
  description: string;
}): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${timeZone}:${start}`,
    "DURATION:PT5M",
    `RRULE:${rule}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${description}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:PT0M",
    `DESCRIPTION:${summary}`,
    "END:VALARM",
    "END:VEVENT",
  ];
}

/**
 * The private calendar feed (RFC 5545): a daily event at the chosen local time with an alarm,
 * and a weekly "look at your week" on Sundays at the same time. `feedId` makes the event UIDs
 * stable for one link (a new link is a new calendar).
 */
export function calendarFeed({
  feedId,
  timeZone,
  dailyMinute,
  today,
  now = new Date(),
}: {
  feedId: string;
  timeZone: string;
  dailyMinute: number;
  /** The person's journal date today: the first event's date. */
  today: string;
  now?: Date;
}): string {
  const stamp = utcStamp(now);
  const sunday = addDays(today, (7 - weekdayOf(today)) % 7);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Backstory//Reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    `X-WR-TIMEZONE:${timeZone}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
    "X-PUBLISHED-TTL:PT12H",
    ...event({
      uid: `daily-${feedId}@backstory`,
      stamp,
      start: localStamp(today, dailyMinute),
      timeZone,
      rule: "FREQ=DAILY",
      summary: DAILY_SUMMARY,
      description: "A minute for tonight's check-in.",
    }),
    ...event({
      uid: `weekly-${feedId}@backstory`,
      stamp,
      start: localStamp(sunday, dailyMinute),
      timeZone,
      rule: "FREQ=WEEKLY;BYDAY=SU",
      summary: WEEKLY_SUMMARY,
      description: "Open Patterns for this week's review.",
    }),
    "END:VCALENDAR",
  ];
  return lines.join(CRLF) + CRLF;
}
