import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { calendarDateFor } from "@/lib/time-zone";
import { getOnset, listLifeEvents } from "./data";
import { lifeEventsNear } from "./timeline/near";

/**
 * The onset page of the signed-in person (redirects to sign-in otherwise): when the pain and the
 * current flare began, every life event with its note, and the events near each onset date.
 */
export const loadOnsetPage = cache(async () => {
  const user = await requireUser();
  const [onset, events] = await Promise.all([
    getOnset({ userId: user.id }),
    listLifeEvents({ userId: user.id }),
  ]);
  return {
    onset,
    events,
    nearPainOnset: lifeEventsNear({ events, date: onset.painBeganOn }),
    nearFlareOnset: lifeEventsNear({ events, date: onset.flareBeganOn }),
    today: calendarDateFor(new Date(), user.timeZone),
  };
});
