import { openCalendarFeed } from "@/lib/reminders/loaders";

const PRIVATE = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

/** The private calendar feed (text/calendar); 404 for an unknown or revoked link. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await openCalendarFeed({ token });
  if (!feed) return new Response("Not found", { status: 404, headers: PRIVATE });
  return new Response(feed, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="backstory-reminders.ics"',
    },
  });
}
