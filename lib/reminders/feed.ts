import "server-only";
import { journalDateFor } from "@/lib/time";
import { calendarFeed } from "./calendar";
import { getCalendarFeedByTokenHash } from "./data";
import { hashCalendarToken, isWellFormedCalendarToken } from "./tokens";

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
